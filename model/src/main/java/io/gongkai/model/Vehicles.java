package io.gongkai.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 公务用车: vehicles the unit may hold (编制) and holds (实有), by category.
 *
 * @param quota 编制 count, or null when not stated
 * @param actual 实有 count, or null when not stated
 * @param byCategory held vehicles by category name (领导用车, 机要通信用车 …) in printed order
 */
public record Vehicles(Integer quota, Integer actual, Map<String, Integer> byCategory) {

    public static final Vehicles NONE = new Vehicles(null, null, Map.of());

    public Vehicles {
        byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
    }
}
