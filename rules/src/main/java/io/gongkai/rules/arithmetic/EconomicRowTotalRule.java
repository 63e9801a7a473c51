package io.gongkai.rules.arithmetic;

import io.gongkai.model.Columns;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/** Table 6, every row: 合计 = 人员经费 + 公用经费. */
@RuleDoc(id = "ARITH-024", title = "表6各行合计等于人员经费与公用经费之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "基本支出按经济分类分为人员经费和公用经费；一行的合计与两者之和不等，说明其中一列有误。",
        basis = "DOMAIN.md 恒等式7；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class EconomicRowTotalRule extends RowTotalRule {

    public EconomicRowTotalRule() {
        super(TableType.GPB_BASIC_BY_ECONOMIC, Side.NONE, Columns.TOTAL,
                List.of(List.of(Columns.PERSONNEL, Columns.PUBLIC)), List.of("人员经费与公用经费之和"));
    }
}
