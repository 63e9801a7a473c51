package io.gongkai.rules.arithmetic;

import io.gongkai.model.Columns;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/** Tables 12 and 13, every row: 合计 = Σ funding source columns. */
@RuleDoc(id = "ARITH-040", title = "表12、表13各行合计等于各资金来源之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "项目支出按资金来源分列；一行的合计与来源之和不等，说明项目金额或来源有误，绩效目标表也无法核对。",
        basis = "DOMAIN.md 恒等式10；《地方预决算公开操作规程》（财预〔2016〕143号）项目支出公开要求")
public final class ProjectRowTotalRule extends RowTotalRule {

    public ProjectRowTotalRule() {
        super(List.of(TableType.PROJECTS_CURRENT, TableType.PROJECTS_CARRYOVER), Side.NONE, Columns.TOTAL,
                List.of(List.of(Columns.GPB, Columns.FUND, Columns.SOE, Columns.SPECIAL, Columns.UNIT)),
                List.of("各资金来源之和"));
    }
}
