package io.gongkai.rules.classification;

import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/**
 * A 款 or 项 row is printed under its own parent: the nearest row above it with a shorter code is a prefix of its
 * code (21011 行政事业单位医疗 under 210, not under 208).
 */
@RuleDoc(id = "CODE-005", title = "款、项科目列在其所属类、款之下",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "分类表按编码层级排列，读者按位置理解科目的归属；科目列在别的类或款之下，会让人误读支出用途，也常是编码录错的迹象。",
        basis = "《2024年政府收支分类科目》编码层级；DOMAIN.md 科目编码")
public final class FunctionRowOrderRule extends BudgetClassificationRule {

    @Override
    void checkBudget(Report report, FindingSink sink) {
        for (FunctionRows.Coded table : FunctionRows.of(report)) {
            TableRow[] rows = table.wellFormed().toArray(new TableRow[0]);
            for (int i = 1; i < rows.length; i++) {
                String code = rows[i].code().strip();
                TableRow above = nearestShorterAbove(rows, i);
                if (above == null || code.startsWith(above.code().strip())) {
                    continue;
                }
                sink.add(FunctionRows.at(table.table(), rows[i]).describe() + "列在「" + RowNames.of(above)
                                + "」之下，但其编码不属于该科目")
                        .at(FunctionRows.at(table.table(), rows[i]))
                        .values("以 " + code.substring(0, code.length() - 2) + " 开头的上级科目之下",
                                RowNames.of(above) + " 之下")
                        .evidence("表" + table.table() + "科目", RowNames.of(rows[i]), rows[i].source())
                        .evidence("表" + table.table() + "上方科目", RowNames.of(above), above.source());
            }
        }
    }

    private static TableRow nearestShorterAbove(TableRow[] rows, int index) {
        int length = rows[index].code().strip().length();
        for (int j = index - 1; j >= 0; j--) {
            if (rows[j].code().strip().length() < length) {
                return rows[j];
            }
        }
        return null;
    }
}
