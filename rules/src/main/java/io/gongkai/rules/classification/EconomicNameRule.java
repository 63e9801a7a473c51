package io.gongkai.rules.classification;

import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/**
 * Every economic row of table 6 names an entry of the economic classification: a 类 for a group row, a 款 for an
 * item, found by its printed code or else by name (部门 scheme, or 政府 for templates that print that one).
 */
@RuleDoc(id = "CODE-008", title = "表6经济分类科目（编码或名称）见于支出经济分类目录",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "基本支出须按经济分类科目公开到款；目录中没有的名称（自拟、错字、旧科目）使人员经费和公用经费的构成无法核对和比较。"
                + "目录未收录少数科目，故只提示“不在目录中”。",
        basis = "《2024年政府收支分类科目》支出经济分类科目（财预〔2017〕98号）；DOMAIN.md 恒等式7")
public final class EconomicNameRule extends BudgetClassificationRule {

    @Override
    void checkBudget(Report report, FindingSink sink) {
        for (TableRow row : EconomicRows.of(report)) {
            if (!EconomicRows.entries(report, row).isEmpty()) {
                continue;
            }
            boolean coded = row.code() != null && !row.code().isBlank();
            String what = coded ? "编码 " + row.code().strip() : "名称「" + row.name() + "」";
            ClassificationCatalog catalogue = coded ? EconomicRows.catalogueOf(row.code().strip())
                    : ClassificationCatalog.economicDepartment();
            sink.add(EconomicRows.at(row).describe() + "的" + what + "不在" + catalogue.scheme().label() + "目录的"
                            + (EconomicRows.group(row) ? "类级" : "款级") + "科目中（目录可能未收录），请核对")
                    .at(EconomicRows.at(row)).values("目录中的科目", coded ? row.code() : row.name())
                    .evidence("表6经济分类", EconomicRows.label(row), row.source());
        }
    }
}
