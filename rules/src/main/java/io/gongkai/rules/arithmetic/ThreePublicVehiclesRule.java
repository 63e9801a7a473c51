package io.gongkai.rules.arithmetic;

import io.gongkai.model.RowKeys;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/** Table 10: 公务用车购置及运行费 = ①购置费 + ②运行维护费. */
@RuleDoc(id = "ARITH-037", title = "表10公务用车购置及运行费等于购置费与运行维护费之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "公务用车购置费和运行维护费须分别公开；两者之和与公务用车购置及运行费不等，说明其中一项有误。",
        basis = "DOMAIN.md 恒等式8；《地方预决算公开操作规程》（财预〔2016〕143号）“三公”经费公开要求")
public final class ThreePublicVehiclesRule extends ThreePublicItemsRule {

    public ThreePublicVehiclesRule() {
        super(RowKeys.VEHICLES, List.of(RowKeys.VEHICLE_PURCHASE, RowKeys.VEHICLE_OPERATION),
                "公务用车购置费与公务用车运行维护费之和");
    }
}
