package io.gongkai.model;

import java.math.BigDecimal;

/**
 * A project (项目) of tables 12 or 13.
 *
 * @param name project name as published
 * @param unit the budget unit the project belongs to
 * @param funding this year's budget or carry-over
 * @param total the project's 合计 in 万元
 * @param source where the project row was read
 */
public record Project(String name, String unit, ProjectFunding funding, BigDecimal total, SourceRef source) {

    public Project {
        source = source == null ? SourceRef.NONE : source;
    }
}
