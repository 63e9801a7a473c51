package io.gongkai.rules.crosstable;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A pure 事业单位 has no 机关运行经费: table 11 shows none when the unit is a 事业单位, or when table 6 pairs every
 * item with a 事业单位 政府预算 economic name (505 对事业单位经常性补助 …) and none with a 机关 one (501–504).
 */
@RuleDoc(id = "XTAB-019", title = "事业单位不列机关运行经费",
        category = Category.CROSS_TABLE, severity = Severity.WARNING,
        rationale = "机关运行经费只适用于行政单位和参照公务员法管理的事业单位；纯事业单位列示机关运行经费，"
                + "说明单位性质或经费口径有误，会误导对行政成本的判断。",
        basis = "DOMAIN.md 恒等式9；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class InstitutionShowsNoOperatingCostsRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Optional<DisclosureTable> operating = t.table(TableType.OPERATING_COSTS);
        Optional<TableRow> total = operating.flatMap(o -> o.row(RowKeys.TOTAL));
        if (total.isEmpty() || total.get().amount(Columns.TOTAL).signum() <= 0) {
            return;
        }
        boolean byType = t.report().unit().type() == UnitType.PUBLIC_INSTITUTION;
        boolean byEconomicNames = t.table(TableType.GPB_BASIC_BY_ECONOMIC).map(this::institutionNamesOnly)
                .orElse(false);
        if (!byType && !byEconomicNames) {
            return;
        }
        String why = byType ? "本单位为事业单位" : "表6经济科目全部按事业单位口径（对事业单位经常性补助）列示";
        sink.add("表11「" + total.get().name() + "」机关运行经费 " + total.get().amount(Columns.TOTAL).toPlainString()
                        + "，但" + why + "，事业单位不应列示机关运行经费")
                .at(Location.cell(11, total.get().name(), Columns.TOTAL)).tables(11, 6)
                .values(BigDecimal.ZERO, total.get().amount(Columns.TOTAL))
                .evidence(11, total.get(), Columns.TOTAL)
                .evidence("单位性质", t.report().unit().type().label(), null);
    }

    private boolean institutionNamesOnly(DisclosureTable economic) {
        ClassificationCatalog government = ClassificationCatalog.economicGovernment();
        List<String> names = economic.rows().stream().map(TableRow::altName).filter(n -> n != null && !n.isBlank())
                .toList();
        if (names.isEmpty()) {
            return false;
        }
        for (String name : names) {
            for (Classification entry : government.byName(name)) {
                String code = entry.code();
                if (code.startsWith("501") || code.startsWith("502") || code.startsWith("503")
                        || code.startsWith("504")) {
                    return false;
                }
            }
        }
        return true;
    }
}
