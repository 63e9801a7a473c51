package io.gongkai.rules.classification;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Where table 6 prints economic codes, each printed name is the catalogue's name for its code. */
@RuleDoc(id = "CODE-009", title = "表6经济分类编码与名称一致",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "经济分类编码与名称不一致时，无法判断这笔基本支出到底是哪一类开支（例如办公费还是公务接待费），“三公”经费等也无从核对。",
        basis = "《2024年政府收支分类科目》支出经济分类科目（财预〔2017〕98号）")
public final class EconomicCodeNameRule extends BudgetClassificationRule {

    @Override
    void checkBudget(Report report, FindingSink sink) {
        for (TableRow row : EconomicRows.of(report)) {
            if (row.code() == null || row.code().isBlank()) {
                continue;
            }
            String code = row.code().strip();
            ClassificationCatalog catalogue = EconomicRows.catalogueOf(code);
            Classification entry = catalogue.byCode(code).orElse(null);
            if (entry == null || catalogue.hasName(code, row.name())) {
                continue;
            }
            sink.add(EconomicRows.at(row).describe() + "的名称与编码不符：编码 " + code + " 在"
                            + catalogue.scheme().label() + "中为「" + entry.name() + "」")
                    .at(EconomicRows.at(row)).values(entry.name(), row.name())
                    .evidence("表6经济分类", EconomicRows.label(row), row.source());
        }
    }
}
