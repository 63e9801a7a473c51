package io.gongkai.rules.arithmetic;

import io.gongkai.model.Columns;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/** Table 4, every expenditure line: 小计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算. */
@RuleDoc(id = "ARITH-013", title = "表4支出各行小计等于一般公共预算、政府性基金、国有资本经营预算之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "财政拨款支出按三本预算分列，小计是三者之和；不等说明某一来源的支出有误。",
        basis = "DOMAIN.md 恒等式1、2；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FiscalSummaryRowTotalRule extends RowTotalRule {

    public FiscalSummaryRowTotalRule() {
        super(TableType.FISCAL_SUMMARY, Side.EXPENDITURE, Columns.SUBTOTAL,
                List.of(List.of(Columns.GPB, Columns.FUND, Columns.SOE)),
                List.of("一般公共预算、政府性基金预算与国有资本经营预算之和"));
    }
}
