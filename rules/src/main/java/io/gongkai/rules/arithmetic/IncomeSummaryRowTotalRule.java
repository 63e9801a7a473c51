package io.gongkai.rules.arithmetic;

import io.gongkai.model.Columns;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/**
 * Table 2, every row: 合计 = Σ source columns. 上年结转 is a column of its own; a template whose 合计 includes it
 * is also accepted.
 */
@RuleDoc(id = "ARITH-007", title = "表2各行合计等于各收入来源之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "预算收入总表按科目列示各来源的收入；一行的合计与来源之和不等，说明来源数字或合计有误。",
        basis = "DOMAIN.md 恒等式3；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class IncomeSummaryRowTotalRule extends RowTotalRule {

    private static final List<String> SOURCES = List.of(Columns.GPB, Columns.FUND, Columns.SOE, Columns.SPECIAL,
            Columns.UNIT);
    private static final List<String> WITH_CARRYOVER = List.of(Columns.GPB, Columns.FUND, Columns.SOE,
            Columns.SPECIAL, Columns.UNIT, Columns.CARRYOVER);

    public IncomeSummaryRowTotalRule() {
        super(TableType.INCOME_SUMMARY, Side.NONE, Columns.TOTAL,
                List.of(SOURCES, WITH_CARRYOVER),
                List.of("各收入来源之和", "各收入来源与上年结转之和"));
    }
}
