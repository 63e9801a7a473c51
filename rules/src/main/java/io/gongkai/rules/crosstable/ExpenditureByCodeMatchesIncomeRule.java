package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each function code's expenditure in table 3 (all money, carry-over included) equals its income in table 2 (this
 * year's 合计 plus 上年结转); for a 类, table 1's expenditure row publishes the same figure.
 */
@RuleDoc(id = "XTAB-009", title = "表3各科目支出等于表2同科目本年收入加上年结转（类级与表1一致）",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "预算支出总表和预算收入总表按同一功能科目列示同一笔资金，收支总表的支出方按类汇总同一笔资金；"
                + "同一科目在各表金额不同，说明资金的科目归属或金额至少有一处填错。",
        basis = "DOMAIN.md 恒等式2、4；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class ExpenditureByCodeMatchesIncomeRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Optional<CodedRows> expenditure = t.coded(TableType.EXPENDITURE_SUMMARY);
        if (expenditure.isEmpty() || t.income().isEmpty()) {
            return;
        }
        IncomeRows income = t.income().get();
        Optional<SummaryRows> summary = t.summary();
        Map<String, TableRow> classes = summary.map(SummaryRows::classes).orElse(Map.of());
        for (String code : CodeUnion.of(expenditure.get().byCode(), income.coded().byCode(), classes)) {
            List<Figure> figures = new ArrayList<>();
            if (code.length() == 3) {
                summary.ifPresent(s -> figures.add(s.classFigure(code, Columns.TOTAL)));
            }
            figures.add(expenditure.get().figure(code, Columns.TOTAL));
            figures.add(income.withCarryover(code));
            Figures.agree(sink, figures, "同一科目的支出应等于其本年收入与上年结转之和，表1、表2、表3应一致");
        }
    }
}
