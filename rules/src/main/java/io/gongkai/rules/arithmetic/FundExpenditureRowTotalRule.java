package io.gongkai.rules.arithmetic;

import io.gongkai.model.Columns;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/** Table 8, every row: 合计 = 基本支出 + 项目支出. */
@RuleDoc(id = "ARITH-029", title = "表8各行合计等于基本支出与项目支出之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "政府性基金支出表把每个科目分为基本支出和项目支出；不等说明其中一列有误。",
        basis = "DOMAIN.md 恒等式3；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FundExpenditureRowTotalRule extends RowTotalRule {

    public FundExpenditureRowTotalRule() {
        super(TableType.FUND_EXPENDITURE, Side.NONE, Columns.TOTAL,
                List.of(List.of(Columns.BASIC, Columns.PROJECT)), List.of("基本支出与项目支出之和"));
    }
}
