package io.gongkai.rules.assets;

import io.gongkai.model.Assets;
import io.gongkai.model.Report;
import io.gongkai.model.Vehicles;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copies of a report with its vehicle figures changed, for the asset rule tests. */
final class AssetEdits {

    private AssetEdits() {
    }

    static Report vehicles(Report report, Integer quota, Integer actual, Map<String, Integer> byCategory) {
        Assets a = report.assets();
        return report.withAssets(new Assets(a.asOf(), new Vehicles(quota, actual, byCategory), a.officeArea(),
                a.equipmentOver500k(), a.equipmentOver1m(), a.source()));
    }

    /** The report with one category's count changed (the 实有 total is left as it is). */
    static Report category(Report report, String category, int count) {
        Vehicles v = report.assets().vehicles();
        Map<String, Integer> copy = new LinkedHashMap<>(v.byCategory());
        copy.put(category, count);
        return vehicles(report, v.quota(), v.actual(), copy);
    }

    static Report actual(Report report, int actual) {
        Vehicles v = report.assets().vehicles();
        return vehicles(report, v.quota(), actual, v.byCategory());
    }
}
