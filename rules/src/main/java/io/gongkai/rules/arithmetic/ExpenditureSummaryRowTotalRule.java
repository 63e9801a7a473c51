package io.gongkai.rules.arithmetic;

import io.gongkai.model.Columns;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/** Table 3, every row: 合计 = 基本支出 + 项目支出. */
@RuleDoc(id = "ARITH-010", title = "表3各行合计等于基本支出与项目支出之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "预算支出总表把每个科目的支出分为基本支出和项目支出；不等说明其中一列有误。",
        basis = "DOMAIN.md 恒等式4；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class ExpenditureSummaryRowTotalRule extends RowTotalRule {

    public ExpenditureSummaryRowTotalRule() {
        super(TableType.EXPENDITURE_SUMMARY, Side.NONE, Columns.TOTAL,
                List.of(List.of(Columns.BASIC, Columns.PROJECT)), List.of("基本支出与项目支出之和"));
    }
}
