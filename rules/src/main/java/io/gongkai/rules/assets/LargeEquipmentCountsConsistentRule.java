package io.gongkai.rules.assets;

import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.completeness.NarrativeSections;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Equipment worth 100万元 or more is also worth 50万元 or more: of the same class (通用 or 专用), the first count is
 * never above the second. Counts of different classes are not compared.
 */
@RuleDoc(id = "ASSET-008", title = "单价100万元以上设备数不超过50万元以上设备数",
        category = Category.ASSETS, severity = Severity.ERROR,
        rationale = "100万元以上的设备必然也在50万元以上之列；前者多于后者，说明大额设备数据填报错误。",
        basis = "DOMAIN.md 十一、国有资产（单价50万元、100万元以上设备）")
public final class LargeEquipmentCountsConsistentRule implements Rule {

    private static final Pattern EQUIPMENT = Pattern.compile(
            "(50|100|五十|一百)万元(?:\\(原值\\))?以上的?(通用|专用)?设备(\\d+)(?:台|套)");

    @Override
    public void check(Report report, FindingSink sink) {
        Optional<NarrativeSection> section = NarrativeSections.assets(report);
        if (section.isEmpty()) {
            return;
        }
        Map<String, Integer> over500k = new HashMap<>();
        Map<String, Integer> over1m = new HashMap<>();
        Matcher m = EQUIPMENT.matcher(NarrativeSections.normalisedText(report, section.get()));
        while (m.find()) {
            String kind = m.group(2) == null ? "" : m.group(2);
            boolean million = m.group(1).equals("100") || m.group(1).equals("一百");
            (million ? over1m : over500k).putIfAbsent(kind, Integer.parseInt(m.group(3)));
        }
        for (Map.Entry<String, Integer> e : over1m.entrySet()) {
            Integer lower = over500k.get(e.getKey());
            if (lower == null || e.getValue() <= lower) {
                continue;
            }
            String what = e.getKey() + "设备";
            sink.add("国有资产情况称单价100万元以上" + what + e.getValue() + "台（套），多于单价50万元以上" + what
                            + lower + "台（套）")
                    .at(Location.section("情况说明 " + section.get().number() + "、" + section.get().title()))
                    .values(BigDecimal.valueOf(lower), BigDecimal.valueOf(e.getValue()))
                    .evidence("单价50万元以上" + what + "（台套）", String.valueOf(lower), section.get().source())
                    .evidence("单价100万元以上" + what + "（台套）", String.valueOf(e.getValue()), section.get().source());
        }
    }
}
