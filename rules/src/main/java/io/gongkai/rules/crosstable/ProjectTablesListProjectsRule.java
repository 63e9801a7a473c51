package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Project tables name their projects: table 12 lists at least one project when this year's budget has project
 * money (its own 合计, or 项目支出 in tables 5 and 8), and table 13 when its 合计 has money.
 */
@RuleDoc(id = "XTAB-025", title = "有项目支出时表12、表13逐项列示项目",
        category = Category.CROSS_TABLE, severity = Severity.WARNING,
        rationale = "项目支出预算表应细化到具体项目，只列合计或单位小计而不列项目，读者无法知道资金用于何处，"
                + "也无法与绩效目标表对应。",
        basis = "DOMAIN.md 恒等式10；《地方预决算公开操作规程》（财预〔2016〕143号）关于细化公开项目支出的要求")
public final class ProjectTablesListProjectsRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        BigDecimal current = max(value(t.projectTotal(TableType.PROJECTS_CURRENT, Columns.TOTAL)),
                value(t.totalFigure(TableType.GPB_EXPENDITURE, Side.NONE, Columns.PROJECT))
                        .add(value(t.totalFigure(TableType.FUND_EXPENDITURE, Side.NONE, Columns.PROJECT))));
        check(sink, t.table(TableType.PROJECTS_CURRENT), current, "本年项目支出");
        check(sink, t.table(TableType.PROJECTS_CARRYOVER),
                value(t.projectTotal(TableType.PROJECTS_CARRYOVER, Columns.TOTAL)), "上年结转项目支出");
    }

    private static void check(FindingSink sink, Optional<DisclosureTable> table, BigDecimal money, String what) {
        if (table.isEmpty() || money.signum() <= 0
                || table.get().rows().stream().anyMatch(r -> r.isKey(RowKeys.PROJECT))) {
            return;
        }
        int n = table.get().number();
        sink.add("表" + n + "未列示任何具体项目，但" + what + "为 " + money.toPlainString() + " 万元，项目支出应逐项公开")
                .at(Location.table(n)).values(money.toPlainString() + "万元的项目明细", "0个项目")
                .evidence(what, money.toPlainString(), table.get().source());
    }

    private static BigDecimal value(Figure figure) {
        return figure == null ? BigDecimal.ZERO : figure.value();
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
