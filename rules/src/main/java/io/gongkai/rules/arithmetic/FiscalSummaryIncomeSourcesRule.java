package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 4: 本年收入合计 = Σ fiscal income sources. */
@RuleDoc(id = "ARITH-015", title = "表4本年收入合计等于各财政拨款来源之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "财政拨款本年收入由一般公共预算、政府性基金、国有资本经营预算拨款组成；不等说明收入来源有误。",
        basis = "DOMAIN.md 恒等式1；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FiscalSummaryIncomeSourcesRule extends IncomeSourcesRule {

    public FiscalSummaryIncomeSourcesRule() {
        super(TableType.FISCAL_SUMMARY);
    }
}
