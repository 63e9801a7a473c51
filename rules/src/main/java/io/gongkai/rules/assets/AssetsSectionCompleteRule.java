package io.gongkai.rules.assets;

import io.gongkai.model.Assets;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.completeness.NarrativeSections;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 国有资产占有使用情况 section states the vehicles held, the office floor area and the count of large
 * equipment (单价50万元/100万元以上). The quota (编制) is asked for only when vehicles are held.
 */
@RuleDoc(id = "ASSET-009", title = "国有资产情况说明了车辆、办公用房和大额设备",
        category = Category.ASSETS, severity = Severity.WARNING,
        rationale = "部门预算须说明国有资产占有使用情况，车辆、办公用房和大额设备是公众最关注、也最易超标的资产；"
                + "缺项使超编、超标无从核对。",
        basis = "DOMAIN.md 恒等式13、14；《地方预决算公开操作规程》（财预〔2016〕143号）：国有资产占有使用情况")
public final class AssetsSectionCompleteRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        Optional<NarrativeSection> section = NarrativeSections.assets(report);
        if (report.kind() == ReportKind.FINAL_ACCOUNTS || section.isEmpty()) {
            return;
        }
        Assets a = report.assets();
        List<String> missing = new ArrayList<>();
        if (a.vehicles().actual() == null) {
            missing.add("公务用车实有数");
        } else if (a.vehicles().actual() > 0 && a.vehicles().quota() == null) {
            missing.add("公务用车编制数");
        }
        if (a.officeArea() == null) {
            missing.add("办公用房面积");
        }
        if (a.equipmentOver500k() == null && a.equipmentOver1m() == null) {
            missing.add("单价50万元以上设备数");
        }
        String where = "情况说明 " + section.get().number() + "、" + section.get().title();
        for (String item : missing) {
            sink.add(where + "没有说明" + item)
                    .at(Location.section(where))
                    .values(item, "未说明")
                    .evidence("国有资产情况", section.get().title(), section.get().source());
        }
    }
}
