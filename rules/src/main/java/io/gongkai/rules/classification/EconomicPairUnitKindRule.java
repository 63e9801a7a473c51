package io.gongkai.rules.classification;

import io.gongkai.catalog.classification.UnitKind;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Table 6's pairs fit the unit's type: a 行政单位 (or 参公) maps 基本工资 to 工资奖金津补贴, a 事业单位 to
 * 工资福利支出. A department that consolidates units of the other type legitimately shows both (seeds 001 and
 * 004), so the rule speaks only when the document shows no unit of the other type: no subordinate unit named
 * and no function code that only such a unit uses (事业运行, 事业单位医疗 … or 行政运行, 行政单位医疗 …).
 */
@RuleDoc(id = "CODE-011", title = "表6经济分类对应口径与单位性质（行政／事业）相符",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "行政单位与事业单位的部门经济分类对应不同的政府经济分类（机关工资福利支出与对事业单位经常性补助）；"
                + "口径与单位性质不符且未见所属另一性质单位，说明科目转换有误或单位性质表述有误。",
        basis = "《2024年政府收支分类科目》两套支出经济分类科目对照表（财预〔2017〕98号）")
public final class EconomicPairUnitKindRule extends BudgetClassificationRule {

    @Override
    void checkBudget(Report report, FindingSink sink) {
        UnitKind kind = UnitKind.of(report.unit().type()).orElse(null);
        if (kind == null) {
            return;
        }
        UnitKind other = kind == UnitKind.ORGAN ? UnitKind.PUBLIC_INSTITUTION : UnitKind.ORGAN;
        List<TableRow> foreign = new ArrayList<>();
        for (TableRow row : EconomicRows.of(report)) {
            if (!EconomicRows.group(row) && row.altName() != null
                    && EconomicRows.kindsFor(row.name(), row.altName()).equals(Set.of(other))) {
                foreign.add(row);
            }
        }
        if (foreign.isEmpty() || UnitsOfKind.documented(report, other)) {
            return;
        }
        TableRow first = foreign.get(0);
        FindingSink.Builder finding = sink.add("单位性质为" + report.unit().type().label() + "，但表6有" + foreign.size()
                        + "行按" + other.label() + "口径对应政府经济分类（如「" + EconomicRows.label(first)
                        + "」），而文中未见所属" + other.label() + "（未列下属单位，功能科目中也无其专用科目）")
                .at(EconomicRows.at(first)).values(kind.label() + "口径", other.label() + "口径")
                .evidence("单位性质", report.unit().type().label(), report.overview().source());
        for (TableRow row : foreign) {
            finding.evidence("表6经济分类", EconomicRows.label(row), row.source());
        }
    }
}
