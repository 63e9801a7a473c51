package io.gongkai.rules.classification;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/**
 * Each economic 款 of table 6 is printed under its own 类 (基本工资 under 工资福利支出, 退休费 under
 * 对个人和家庭的补助). Rows the catalogue does not know are left to CODE-008.
 */
@RuleDoc(id = "CODE-012", title = "表6经济分类款级科目列在其所属类级科目之下",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "表6按类汇总人员经费和公用经费；款列在别的类下，类级合计和人员经费、公用经费的划分就会出错。",
        basis = "《2024年政府收支分类科目》支出经济分类科目；DOMAIN.md 恒等式7")
public final class EconomicItemGroupRule extends BudgetClassificationRule {

    @Override
    void checkBudget(Report report, FindingSink sink) {
        TableRow group = null;
        for (TableRow row : EconomicRows.of(report)) {
            if (EconomicRows.group(row)) {
                group = row;
                continue;
            }
            if (group == null) {
                continue;
            }
            List<Classification> items = EconomicRows.entries(report, row);
            List<Classification> groups = EconomicRows.entries(report, group);
            if (items.isEmpty() || groups.isEmpty() || belongs(items, groups)) {
                continue;
            }
            Classification item = items.get(0);
            sink.add(EconomicRows.at(row).describe() + "列在「" + group.name() + "」之下，但「" + item.name()
                            + "」属于 " + item.parentCode() + " 类")
                    .at(EconomicRows.at(row)).values(item.parentCode(), groupCodes(groups))
                    .evidence("表6经济分类", EconomicRows.label(row), row.source())
                    .evidence("表6经济分类类级", EconomicRows.label(group), group.source());
        }
    }

    private static boolean belongs(List<Classification> items, List<Classification> groups) {
        for (Classification item : items) {
            for (Classification g : groups) {
                if (g.code().equals(item.parentCode())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String groupCodes(List<Classification> groups) {
        return String.join("/", groups.stream().map(Classification::code).toList());
    }
}
