package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.RowKeys;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.tolerance.Agreement;

/**
 * Table 4's 上年财政拨款结转 is the fiscal part of table 1's 上年结转: never more, and the same figure when all the
 * carry-over is fiscal. A smaller figure is remarked on, since the rest must then be non-fiscal carry-over.
 */
@RuleDoc(id = "XTAB-007", title = "表4上年财政拨款结转不超过表1上年结转",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "财政拨款结转是上年结转的一部分；财政拨款收支总表的结转大于收支总表的结转，说明两表至少有一处填错。"
                + "小于时差额应为非财政拨款结转，予以提示以便核对。",
        basis = "DOMAIN.md 恒等式2；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FiscalCarryoverWithinCarryoverRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figure fiscal = t.fiscal().flatMap(f -> f.income(RowKeys.CARRYOVER))
                .map(r -> Figure.cell(4, r, Columns.AMOUNT)).orElse(null);
        Figure all = t.summaryIncome(RowKeys.CARRYOVER);
        if (all == null) {
            all = t.incomeTotal(Columns.CARRYOVER);
        }
        if (fiscal == null || all == null) {
            return;
        }
        Figures.within(sink, fiscal, all, "财政拨款结转是上年结转的一部分");
        if (Figures.atMost(all, fiscal) == Agreement.CONTRADICTS) {
            sink.add(fiscal.describe() + ' ' + fiscal.valueText() + " 小于 " + all.describe() + ' '
                            + all.valueText() + "，差额应为非财政拨款结转，请核对")
                    .severity(Severity.INFO).at(fiscal.location()).tables(4, all.tables().get(0))
                    .values(all.value(), fiscal.value())
                    .evidence(4, fiscal.terms().get(0).row(), Columns.AMOUNT)
                    .evidence(all.tables().get(0), all.terms().get(0).row(), all.terms().get(0).column());
        }
    }
}
