package io.gongkai.rules.classification;

import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every function code printed in tables 2, 3, 5, 8 and 9 is in the year's catalogue. The catalogue leaves out
 * entries it could not state with certainty, so an absent code is "not in the catalogue", a WARNING, never an
 * error. One finding per code, naming every table that prints it.
 */
@RuleDoc(id = "CODE-001", title = "功能分类科目编码见于当年支出功能分类科目目录",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "预算必须按当年政府收支分类科目编列；目录中没有的编码可能是已撤销、录错或自设的科目，使支出用途无法比较。"
                + "本目录未收录少数不确定的科目，故只提示“不在目录中”，请人工核对。",
        basis = "《中华人民共和国预算法》第三十二条（按政府收支分类科目编制）；《2024年政府收支分类科目》及财预〔2024〕22号")
public final class FunctionCodeInCatalogueRule extends BudgetClassificationRule {

    @Override
    void checkBudget(Report report, FindingSink sink) {
        ClassificationCatalog catalogue = FunctionClasses.catalogue(report.year());
        Map<String, List<FunctionRows.Coded>> byCode = new LinkedHashMap<>();
        Map<String, TableRow> firstRow = new LinkedHashMap<>();
        for (FunctionRows.Coded table : FunctionRows.of(report)) {
            for (TableRow row : table.rows()) {
                String code = row.code().strip();
                if (!FunctionRows.wellFormed(code) || catalogue.exists(code)) {
                    continue;
                }
                List<FunctionRows.Coded> tables = byCode.computeIfAbsent(code, c -> new ArrayList<>());
                if (!tables.contains(table)) {
                    tables.add(table);
                }
                firstRow.putIfAbsent(code, row);
            }
        }
        byCode.forEach((code, tables) -> {
            TableRow row = firstRow.get(code);
            int first = tables.get(0).table();
            FindingSink.Builder finding = sink.add(FunctionRows.at(first, row).describe() + "的科目编码 " + code
                    + " 不在" + catalogue.year() + "年支出功能分类科目目录中（目录可能未收录），请核对编码是否有效")
                    .at(FunctionRows.at(first, row)).values("目录中的编码", code);
            for (FunctionRows.Coded t : tables) {
                finding.tables(t.table()).evidence("表" + t.table() + "科目编码", RowNames.of(row), row.source());
            }
        });
    }
}
