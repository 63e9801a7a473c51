package io.gongkai.model;

import java.math.BigDecimal;

/**
 * 国有资产占有使用情况 as stated in the narrative.
 *
 * @param asOf the date the figures refer to, as printed (2024年4月27日), or null
 * @param vehicles vehicles by quota, actual and category
 * @param officeArea 办公用房建筑总面积 in 平方米, or null
 * @param equipmentOver500k 单价50万元以上通用设备 count, or null
 * @param equipmentOver1m 单价100万元以上通用设备 count, or null
 * @param source where the section starts
 */
public record Assets(String asOf, Vehicles vehicles, BigDecimal officeArea, Integer equipmentOver500k,
                     Integer equipmentOver1m, SourceRef source) {

    public static final Assets NONE = new Assets(null, Vehicles.NONE, null, null, null, SourceRef.NONE);

    public Assets {
        vehicles = vehicles == null ? Vehicles.NONE : vehicles;
        source = source == null ? SourceRef.NONE : source;
    }
}
