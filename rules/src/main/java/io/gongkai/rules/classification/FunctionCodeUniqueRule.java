package io.gongkai.rules.classification;

import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.HashMap;
import java.util.Map;

/** A function code is printed once per table. */
@RuleDoc(id = "CODE-006", title = "同一表中功能分类科目编码不重复",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "同一科目在一张表中出现两次，要么重复计入合计，要么其中一行本应是另一个科目；两种情况都使科目金额不可信。",
        basis = "《2024年政府收支分类科目》；DOMAIN.md 恒等式3")
public final class FunctionCodeUniqueRule extends BudgetClassificationRule {

    @Override
    void checkBudget(Report report, FindingSink sink) {
        for (FunctionRows.Coded table : FunctionRows.of(report)) {
            Map<String, TableRow> first = new HashMap<>();
            for (TableRow row : table.rows()) {
                TableRow earlier = first.putIfAbsent(row.code().strip(), row);
                if (earlier != null) {
                    sink.add(FunctionRows.at(table.table(), row).describe() + "的科目编码与前面的「"
                                    + RowNames.of(earlier) + "」重复")
                            .at(FunctionRows.at(table.table(), row)).values("1次", "2次以上")
                            .evidence("表" + table.table() + "科目", RowNames.of(earlier), earlier.source())
                            .evidence("表" + table.table() + "科目", RowNames.of(row), row.source());
                }
            }
        }
    }
}
