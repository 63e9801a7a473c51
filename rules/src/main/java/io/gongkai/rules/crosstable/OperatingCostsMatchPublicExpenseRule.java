package io.gongkai.rules.crosstable;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.Arrays;
import java.util.Optional;

/**
 * 机关运行经费 (table 11) of a 行政单位 or 参公 unit is its 公用经费 of basic expenditure (table 6). Where table 11
 * lists several units, some of them may be 事业单位 whose 公用经费 is not 机关运行经费, so table 11 can only be
 * held to not exceeding table 6. The same holds when table 6 pairs some 公用经费 with the 政府 economic names of
 * 对事业单位经常性补助 or 资本性补助 (505, 506): that money belongs to a consolidated 事业单位, which table 11 leaves out.
 */
@RuleDoc(id = "XTAB-018", title = "表11机关运行经费等于表6公用经费（行政单位、参公单位）",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "机关运行经费是行政单位和参照公务员法管理事业单位用一般公共预算安排的基本支出中的公用经费；"
                + "与表6公用经费不一致，说明机关运行经费的口径或金额有误。",
        basis = "DOMAIN.md 恒等式9；《机关事务管理条例》（国务院令第621号）；"
                + "《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class OperatingCostsMatchPublicExpenseRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Optional<DisclosureTable> operating = t.table(TableType.OPERATING_COSTS);
        Figure publicExpense = t.totalFigure(TableType.GPB_BASIC_BY_ECONOMIC, Side.NONE, Columns.PUBLIC);
        if (operating.isEmpty() || publicExpense == null) {
            return;
        }
        UnitType type = t.report().unit().type();
        Optional<TableRow> total = operating.get().row(RowKeys.TOTAL);
        String column = operating.get().rows().stream().anyMatch(r -> r.has(Columns.GPB)) ? Columns.GPB
                : Columns.TOTAL;
        Figure stated = total.map(r -> Figure.cell(11, r, column)).orElse(null);
        if (stated == null) {
            return;
        }
        boolean organ = type == UnitType.ADMINISTRATIVE || type == UnitType.CIVIL_SERVICE_MANAGED
                || type == UnitType.UNKNOWN && stated.value().signum() > 0;
        if (!organ) {
            return;
        }
        long units = operating.get().rows().stream().filter(r -> r.isKey(RowKeys.UNIT_SUBTOTAL)).count();
        if (units > 1 || t.table(TableType.GPB_BASIC_BY_ECONOMIC).map(
                OperatingCostsMatchPublicExpenseRule::institutionPublicExpense).orElse(false)) {
            Figures.within(sink, stated, publicExpense, "多个单位时，机关运行经费不应超过基本支出中的公用经费");
        } else {
            Figures.agree(sink, Arrays.asList(stated, publicExpense),
                    "行政单位和参公单位的机关运行经费应等于表6一般公共预算基本支出中的公用经费");
        }
    }

    /** Whether some 公用经费 of table 6 is paired with a 政府 name of 505/506 (money of a 事业单位). */
    private static boolean institutionPublicExpense(DisclosureTable economic) {
        ClassificationCatalog government = ClassificationCatalog.economicGovernment();
        for (TableRow row : economic.rows()) {
            if (row.altName() == null || row.amount(Columns.PUBLIC).signum() == 0) {
                continue;
            }
            for (Classification entry : government.byName(row.altName())) {
                if (entry.code().startsWith("505") || entry.code().startsWith("506")) {
                    return true;
                }
            }
        }
        return false;
    }
}
