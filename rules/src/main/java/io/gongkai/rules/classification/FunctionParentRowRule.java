package io.gongkai.rules.classification;

import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A 项 row's 款 and 类, and a 款 row's 类, are printed in the same table, when the table prints that level at all
 * (a template that shows only 项 rows is not faulted).
 */
@RuleDoc(id = "CODE-004", title = "项、款科目的上级款、类在同一表中列示",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "分类表按类、款、项逐级列示并汇总；缺少上级科目行，读者无法看到该类（款）的合计，上级金额也可能漏计。",
        basis = "DOMAIN.md 恒等式3（类 = Σ款 = Σ项）；《地方预决算公开操作规程》（财预〔2016〕143号）细化到项级科目")
public final class FunctionParentRowRule extends BudgetClassificationRule {

    @Override
    void checkBudget(Report report, FindingSink sink) {
        for (FunctionRows.Coded table : FunctionRows.of(report)) {
            List<TableRow> rows = table.wellFormed();
            Set<String> codes = new HashSet<>();
            Set<Integer> lengths = new HashSet<>();
            rows.forEach(r -> {
                codes.add(r.code().strip());
                lengths.add(r.code().strip().length());
            });
            Set<String> reported = new HashSet<>();
            for (TableRow row : rows) {
                String code = row.code().strip();
                for (int length : new int[] {3, 5}) {
                    String parent = code.length() > length ? code.substring(0, length) : null;
                    if (parent != null && lengths.contains(length) && !codes.contains(parent)
                            && reported.add(parent)) {
                        sink.add(FunctionRows.at(table.table(), row).describe() + "的上级科目 " + parent
                                        + "（" + (length == 3 ? "类" : "款") + "）未在表中列示")
                                .at(FunctionRows.at(table.table(), row)).values(parent, "未列示")
                                .evidence("表" + table.table() + "科目", RowNames.of(row), row.source());
                    }
                }
            }
        }
    }
}
