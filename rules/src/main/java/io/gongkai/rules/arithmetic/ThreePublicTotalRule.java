package io.gongkai.rules.arithmetic;

import io.gongkai.model.RowKeys;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/** Table 10: 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费. */
@RuleDoc(id = "ARITH-036", title = "表10“三公”经费合计等于因公出国（境）费、公务接待费、公务用车购置及运行费之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "“三公”经费是社会关注的重点，合计必须与三项明细一致；不等说明某项漏列或合计有误。",
        basis = "DOMAIN.md 恒等式8；《地方预决算公开操作规程》（财预〔2016〕143号）“三公”经费公开要求")
public final class ThreePublicTotalRule extends ThreePublicItemsRule {

    public ThreePublicTotalRule() {
        super(RowKeys.TOTAL, List.of(RowKeys.ABROAD, RowKeys.RECEPTION, RowKeys.VEHICLES),
                "因公出国（境）费、公务接待费与公务用车购置及运行费之和");
    }
}
