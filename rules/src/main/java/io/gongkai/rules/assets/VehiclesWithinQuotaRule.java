package io.gongkai.rules.assets;

import io.gongkai.model.Report;
import io.gongkai.model.Vehicles;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;

/** The vehicles a unit holds (实有) do not exceed its quota (编制). */
@RuleDoc(id = "ASSET-001", title = "公务用车实有数不超过编制数",
        category = Category.ASSETS, severity = Severity.WARNING,
        rationale = "公务用车实行编制管理，超编配车违反公务用车制度改革要求，也意味着超标准的运行维护支出。",
        basis = "DOMAIN.md 恒等式13；《党政机关公务用车管理办法》（中办发〔2017〕71号）：严格按编制配备公务用车")
public final class VehiclesWithinQuotaRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        Vehicles v = report.assets().vehicles();
        if (v.quota() == null || v.actual() == null || v.actual() <= v.quota()) {
            return;
        }
        FindingSink.Builder finding = sink.add("国有资产情况称公务用车编制" + v.quota() + "辆，实有" + v.actual()
                        + "辆，超编" + (v.actual() - v.quota()) + "辆")
                .at(Location.section("情况说明 国有资产占有使用情况"))
                .values(BigDecimal.valueOf(v.quota()), BigDecimal.valueOf(v.actual()));
        VehicleEvidence.quota(finding, report);
        VehicleEvidence.actual(finding, report);
    }
}
