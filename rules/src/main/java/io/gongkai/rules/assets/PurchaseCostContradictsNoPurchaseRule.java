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

/** Table 10 budgets a vehicle purchase (①公务用车购置费 > 0) while the narrative says no vehicle is bought. */
@RuleDoc(id = "ASSET-005", title = "“三公”表的公务用车购置费与“未安排购置”的说明一致",
        category = Category.ASSETS, severity = Severity.ERROR,
        rationale = "说明称本年不购置车辆，表格却安排了购置费，两者直接矛盾，公众无法判断是否在买车。",
        basis = "DOMAIN.md 恒等式8、13")
public final class PurchaseCostContradictsNoPurchaseRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        VehicleEvidence.purchase(report).filter(c -> c.amount().signum() > 0).ifPresent(cost -> {
            VehicleEvidence.noPurchaseStatement(report).ifPresent(statement -> {
                FindingSink.Builder finding = sink.add("表10安排公务用车购置费" + cost.amount().toPlainString()
                                + "万元，但情况说明" + statement.section() + "称「" + statement.clause() + "」")
                        .at(new Location(10, cost.row().name(), "total", null))
                        .values(BigDecimal.ZERO, cost.amount())
                        .evidence("情况说明中不购置车辆的表述", statement.clause(), statement.source());
                cost.addTo(finding, report);
            });
        });
    }
}
