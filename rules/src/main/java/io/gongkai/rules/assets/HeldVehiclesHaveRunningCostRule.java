package io.gongkai.rules.assets;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;

/**
 * A unit that holds vehicles budgets their running cost (公务用车运行维护费) in the 三公 table (or, where the
 * template has none, in table 6). Held vehicles with no running cost hide the cost somewhere else.
 */
@RuleDoc(id = "ASSET-003", title = "有公务用车的单位安排了公务用车运行维护费",
        category = Category.ASSETS, severity = Severity.WARNING,
        rationale = "车辆在用就要发生燃油、维修、保险等运行费用；有车却无运行维护费，说明“三公”经费可能少报，"
                + "或费用列在了其他科目。",
        basis = "DOMAIN.md 恒等式13；《地方预决算公开操作规程》（财预〔2016〕143号）：“三公”经费公开")
public final class HeldVehiclesHaveRunningCostRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        Integer actual = report.assets().vehicles().actual();
        if (report.kind() == ReportKind.FINAL_ACCOUNTS || actual == null || actual <= 0) {
            return;
        }
        VehicleEvidence.running(report).filter(c -> c.amount().signum() == 0).ifPresent(cost -> {
            FindingSink.Builder finding = sink.add("国有资产情况称实有公务用车" + actual + "辆，但表" + cost.table()
                            + "的公务用车运行维护费为0")
                    .at(new Location(cost.table(), "公务用车运行维护费", "total", null))
                    .values("大于0", BigDecimal.ZERO.toPlainString());
            cost.addTo(finding, report);
            VehicleEvidence.actual(finding, report);
        });
    }
}
