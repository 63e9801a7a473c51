package io.gongkai.catalog.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variant names that published disclosures print for a code (房屋建筑物构建 for 房屋建筑物购建), read
 * once from {@code aliases.tsv}. They widen name look-ups and never change what a code means.
 */
final class Aliases {
    private static final Map<ClassificationScheme, Map<String, List<String>>> BY_SCHEME = load();

    private Aliases() {
    }

    /** The aliases of a scheme, code → variant names. */
    static Map<String, List<String>> of(ClassificationScheme scheme) {
        return BY_SCHEME.getOrDefault(scheme, Map.of());
    }

    private static Map<ClassificationScheme, Map<String, List<String>>> load() {
        Map<ClassificationScheme, Map<String, List<String>>> map = new EnumMap<>(ClassificationScheme.class);
        for (String[] row : CatalogResources.requiredRows("aliases.tsv", 4)) {
            ClassificationScheme scheme = ClassificationScheme.valueOf(row[0]);
            map.computeIfAbsent(scheme, s -> new LinkedHashMap<>())
                    .computeIfAbsent(row[1], c -> new ArrayList<>()).add(row[2]);
        }
        return map;
    }
}
