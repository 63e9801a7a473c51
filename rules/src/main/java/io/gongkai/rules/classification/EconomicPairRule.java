package io.gongkai.rules.classification;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.catalog.classification.ClassificationLevel;
import io.gongkai.catalog.classification.EconomicMapping;
import io.gongkai.catalog.classification.UnitKind;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.TextMemo;
import java.util.Set;

/**
 * Where table 6 prints both economic names, the 政府 name is the one the 部门 款 maps to, for a 机关 or for a
 * 事业单位. Judged only where the mapping of the 部门 款 is known for both kinds of unit, so a gap in the mapping
 * never raises an alarm.
 */
@RuleDoc(id = "CODE-010", title = "表6部门经济分类与政府经济分类的对应关系符合两套科目对照表",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "部门预算经济分类须按对照表转换为政府预算经济分类；对应错误说明科目套用有误，政府预算经济分类汇总也会出错。",
        basis = "《2024年政府收支分类科目》两套支出经济分类科目对照表（财预〔2017〕98号）")
public final class EconomicPairRule extends BudgetClassificationRule {

    @Override
    void checkBudget(Report report, FindingSink sink) {
        EconomicMapping mapping = EconomicMapping.standard();
        for (TableRow row : EconomicRows.of(report)) {
            if (EconomicRows.group(row) || row.altName() == null || row.altName().isBlank()
                    || !MAPPED_FOR_EVERY_KIND.apply(row.name())
                    || !EconomicRows.kindsFor(row.name(), row.altName()).isEmpty()) {
                continue;
            }
            Set<String> expected = mapping.governmentNamesFor(row.name());
            sink.add(EconomicRows.at(row).describe() + "：部门经济分类「" + row.name() + "」应对应政府经济分类「"
                            + String.join("」或「", expected) + "」，而表中为「" + row.altName() + "」")
                    .at(EconomicRows.at(row)).values(String.join("或", expected), row.altName())
                    .evidence("表6经济分类", EconomicRows.label(row), row.source());
        }
    }

    /** {@link #mappedForEveryKind} of the standard mapping, by name (each is a catalogue look-up by name). */
    private static final TextMemo<Boolean> MAPPED_FOR_EVERY_KIND =
            new TextMemo<>(name -> mappedForEveryKind(EconomicMapping.standard(), name));

    /** Whether some 部门 款 of that name has a mapping for every kind of unit. */
    static boolean mappedForEveryKind(EconomicMapping mapping, String departmentName) {
        for (Classification entry : ClassificationCatalog.economicDepartment().byName(departmentName)) {
            if (entry.level() != ClassificationLevel.SECTION) {
                continue;
            }
            boolean all = true;
            for (UnitKind kind : UnitKind.values()) {
                all &= mapping.governmentFor(entry.code(), kind).isPresent();
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
