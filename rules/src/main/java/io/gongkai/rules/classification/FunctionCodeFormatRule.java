package io.gongkai.rules.classification;

import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** A function code is 3 (类), 5 (款) or 7 (项) digits. */
@RuleDoc(id = "CODE-002", title = "功能分类科目编码为3位（类）、5位（款）或7位（项）数字",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "功能分类编码的位数表示科目级次；位数不对或含非数字字符的编码无法对应到类、款、项，通常是录入或排版错误。",
        basis = "《2024年政府收支分类科目》编码规则；DOMAIN.md 科目编码")
public final class FunctionCodeFormatRule extends BudgetClassificationRule {

    @Override
    void checkBudget(Report report, FindingSink sink) {
        for (FunctionRows.Coded table : FunctionRows.of(report)) {
            for (TableRow row : table.rows()) {
                String code = row.code().strip();
                if (!FunctionRows.wellFormed(code)) {
                    sink.add(FunctionRows.at(table.table(), row).describe() + "的科目编码「" + code
                                    + "」不是3位、5位或7位数字，无法确定其类、款、项级次")
                            .at(FunctionRows.at(table.table(), row)).values("3、5或7位数字", code)
                            .evidence("表" + table.table() + "科目编码", RowNames.of(row), row.source());
                }
            }
        }
    }
}
