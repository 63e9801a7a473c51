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
import java.util.Map;

/** The vehicles by category (领导用车, 机要通信用车 …) add up to the vehicles held (实有). Counts are exact. */
@RuleDoc(id = "ASSET-002", title = "公务用车分类数之和等于实有数",
        category = Category.ASSETS, severity = Severity.ERROR,
        rationale = "分类车辆数是实有车辆的明细，二者不等说明车辆数据自相矛盾，车辆管理情况无法核实。",
        basis = "DOMAIN.md 恒等式13；《党政机关公务用车管理办法》（中办发〔2017〕71号）")
public final class VehicleCategoriesSumToActualRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        Vehicles v = report.assets().vehicles();
        if (v.actual() == null || v.byCategory().isEmpty()) {
            return;
        }
        int sum = v.byCategory().values().stream().filter(n -> n != null).mapToInt(Integer::intValue).sum();
        if (sum == v.actual()) {
            return;
        }
        StringBuilder parts = new StringBuilder();
        for (Map.Entry<String, Integer> e : v.byCategory().entrySet()) {
            if (e.getValue() != null && e.getValue() != 0) {
                parts.append(parts.length() == 0 ? "" : "、").append(e.getKey()).append(e.getValue()).append("辆");
            }
        }
        FindingSink.Builder finding = sink.add("国有资产情况称公务用车实有" + v.actual() + "辆，但分类合计" + sum + "辆"
                        + (parts.length() == 0 ? "" : "（" + parts + "）"))
                .at(Location.section("情况说明 国有资产占有使用情况"))
                .values(BigDecimal.valueOf(v.actual()), BigDecimal.valueOf(sum));
        VehicleEvidence.actual(finding, report);
        for (Map.Entry<String, Integer> e : v.byCategory().entrySet()) {
            finding.evidence("国有资产情况：" + e.getKey() + "（辆）", String.valueOf(e.getValue()),
                    VehicleEvidence.countFact(report, e.getKey()).map(f -> f.source())
                            .orElse(report.assets().source()));
        }
    }
}
