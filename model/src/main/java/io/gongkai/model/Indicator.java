package io.gongkai.model;

/**
 * A performance indicator (绩效指标) with its three levels and target value.
 *
 * @param level1 一级指标: 产出指标, 效益指标, 满意度指标 (or 成本指标)
 * @param level2 二级指标: 数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标, 服务对象满意度指标 …
 * @param name 三级指标: the named indicator
 * @param value 指标值 as published: ≥8个, 100%, 及时, ≤15万元
 * @param source where it was read
 */
public record Indicator(String level1, String level2, String name, String value, SourceRef source) {

    public Indicator {
        source = source == null ? SourceRef.NONE : source;
    }
}
