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

/** A unit that holds no vehicle (实有0辆) budgets no 公务用车运行维护费 (table 10 ②, or table 6). */
@RuleDoc(id = "ASSET-004", title = "无公务用车的单位未安排公务用车运行维护费",
        category = Category.ASSETS, severity = Severity.WARNING,
        rationale = "没有车辆却安排运行维护费，要么车辆数漏报，要么运行费用于了无车可用的开支，二者都需要解释。",
        basis = "DOMAIN.md 恒等式13")
public final class RunningCostWithoutVehiclesRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        Integer actual = report.assets().vehicles().actual();
        if (report.kind() == ReportKind.FINAL_ACCOUNTS || actual == null || actual != 0) {
            return;
        }
        VehicleEvidence.running(report).filter(c -> c.amount().signum() > 0).ifPresent(cost -> {
            FindingSink.Builder finding = sink.add("国有资产情况称实有公务用车0辆，但表" + cost.table()
                            + "安排公务用车运行维护费" + cost.amount().toPlainString() + "万元")
                    .at(new Location(cost.table(), cost.row().name(), "total", null))
                    .values(BigDecimal.ZERO, cost.amount());
            cost.addTo(finding, report);
            VehicleEvidence.actual(finding, report);
        });
    }
}
