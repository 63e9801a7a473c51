package io.gongkai.author;

/**
 * One indicator of a project's performance goal (绩效指标).
 *
 * @param level1 一级指标: 产出指标, 效益指标, 满意度指标 (成本指标 allowed since 2021)
 * @param level2 二级指标: 数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标, 服务对象满意度指标 …
 * @param name 三级指标
 * @param value 指标值 as it is to be printed: ≥8个, 100%, 及时, ≤15万元, 2400元/人
 */
public record GoalIndicator(String level1, String level2, String name, String value) {
}
