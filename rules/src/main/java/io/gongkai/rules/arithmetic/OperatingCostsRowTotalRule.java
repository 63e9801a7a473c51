package io.gongkai.rules.arithmetic;

import io.gongkai.model.Columns;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/** Table 11, every row: 合计 = Σ fiscal source columns. */
@RuleDoc(id = "ARITH-038", title = "表11各行合计等于各财政拨款来源之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "机关运行经费按资金来源分列；一行的合计与来源之和不等，说明某一来源金额有误。",
        basis = "DOMAIN.md 恒等式9；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class OperatingCostsRowTotalRule extends RowTotalRule {

    public OperatingCostsRowTotalRule() {
        super(TableType.OPERATING_COSTS, Side.NONE, Columns.TOTAL,
                List.of(List.of(Columns.GPB, Columns.FUND, Columns.SOE)),
                List.of("一般公共预算、政府性基金预算与国有资本经营预算之和"));
    }
}
