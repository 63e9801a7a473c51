package io.gongkai.store;

/**
 * A publishing unit (部门/单位) as stored.
 *
 * @param id database id
 * @param name the unit's name as published
 * @param code 主管部门代码, or null
 * @param region the region it belongs to (长治市)
 * @param level the region's level (CITY)
 */
public record StoredUnit(long id, String name, String code, String region, String level) {
}
