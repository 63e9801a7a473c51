package io.gongkai.rules.finalaccounts;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.NarrativeSection;

/** Each 类 with money in 公开05 is described in 一般公共预算财政拨款支出决算具体情况. */
@RuleDoc(id = "FA-018", title = "有支出的每一类都在说明中说明", category = Category.FINAL_ACCOUNTS,
        severity = Severity.WARNING, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "一般公共预算财政拨款支出应按类说明金额、占比、增减及原因；遗漏某一类，读者就无从了解这部分资金的用途。",
        basis = "DOMAIN.md 恒等式14；财政部部门决算公开说明模板：一般公共预算财政拨款支出决算具体情况")
public final class ClassesDescribedRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        List<ClassStatement> stated = report.narrative().finalAccounts().classes();
        if (stated.isEmpty()) {
            return;
        }
        FaTables.table(report, TableType.FA_GPB_EXPENDITURE).ifPresent(t -> {
            for (TableRow row : FaTables.level(t, 1)) {
                if (row.amount(Columns.TOTAL).signum() != 0
                        && stated.stream().noneMatch(c -> c.name().equals(row.name()))) {
                    sink.add("表5「" + row.name() + "」支出" + row.amount(Columns.TOTAL).toPlainString()
                                    + "万元，但说明的一般公共预算财政拨款支出具体情况未说明这一类")
                            .at(new Location(5, row.name(), Columns.TOTAL, null))
                            .values("说明该类", "未说明").evidence(5, row, Columns.TOTAL);
                }
            }
        });
    }
}
