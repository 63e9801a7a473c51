package io.gongkai.rules.classification;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.HashSet;
import java.util.Set;

/**
 * The printed name of a function code is the catalogue's name for it (or a recorded variant), compared after
 * normalisation (full-width forms, look-alikes, spaces). One finding per code and name.
 */
@RuleDoc(id = "CODE-003", title = "功能分类科目名称与编码在目录中的名称一致",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "编码与名称不一致时，读者无法判断支出到底属于哪个科目；常见原因是套用旧年度名称、编码录错或名称自拟。",
        basis = "《2024年政府收支分类科目》及财预〔2024〕22号；《地方预决算公开操作规程》（财预〔2016〕143号）细化公开要求")
public final class FunctionCodeNameRule extends BudgetClassificationRule {

    @Override
    void checkBudget(Report report, FindingSink sink) {
        ClassificationCatalog catalogue = FunctionClasses.catalogue(report.year());
        Set<String> seen = new HashSet<>();
        for (FunctionRows.Coded table : FunctionRows.of(report)) {
            for (TableRow row : table.rows()) {
                String code = row.code().strip();
                Classification entry = catalogue.byCode(code).orElse(null);
                if (entry == null || row.name() == null || FunctionClasses.hasName(catalogue, code, row.name())
                        || !seen.add(code + "\t" + row.name())) {
                    continue;
                }
                report(sink, catalogue, table, row, code, entry);
            }
        }
    }

    /** Reports a row's name (apart from the loop, so that the compiled passing path stays small). */
    private static void report(FindingSink sink, ClassificationCatalog catalogue, FunctionRows.Coded table,
                               TableRow row, String code, Classification entry) {
        sink.add(FunctionRows.at(table.table(), row).describe() + "的名称与目录不符：编码 " + code
                        + " 在" + catalogue.year() + "年目录中为「" + entry.name() + "」")
                .at(FunctionRows.at(table.table(), row)).values(entry.name(), row.name())
                .evidence("表" + table.table() + "科目", RowNames.of(row), row.source());
    }
}
