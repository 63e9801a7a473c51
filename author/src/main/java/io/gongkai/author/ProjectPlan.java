package io.gongkai.author;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a project is for and what it is to achieve: the content of its 项目支出绩效目标表. The money of the project
 * comes from the line items that name it; this record only says how the year's money splits between levels of
 * government and what the whole implementation period costs.
 *
 * @param name the project's name, exactly as the line items name it
 * @param unit the budget unit that carries it out; null for the department itself
 * @param category 其他运转类 or 特定目标类
 * @param attribute 项目属性 (经常性项目, 一次性项目（1年结束）…)
 * @param period 项目期 (1年, 3年)
 * @param periodTotal 实施期资金总额 in 元; null when the period is the year (then it equals the year's amount)
 * @param central 中央财政资金 of the year's amount in 元 (null for none); 市县（区）财政资金 is what the other parts
 *                leave
 * @param provincial 省级财政资金 in 元, or null
 * @param selfRaised 单位自筹 in 元, or null
 * @param other 其他资金 in 元, or null
 * @param overview 项目概况
 * @param basis 立项依据
 * @param necessity 项目设立必要性
 * @param safeguards 保证项目实施的制度、措施
 * @param plan 项目实施计划
 * @param periodGoal 实施期总体目标; null to use the annual goal
 * @param annualGoal 年度总体目标
 * @param indicators the year's indicators, in printed order
 * @param periodIndicators the period's indicators; empty to use the year's
 * @param published whether the goal table is published with the budget (公开); most are
 */
public record ProjectPlan(String name, String unit, ProjectCategory category, String attribute, String period,
                          BigDecimal periodTotal, BigDecimal central, BigDecimal provincial, BigDecimal selfRaised,
                          BigDecimal other, String overview, String basis, String necessity, String safeguards,
                          String plan, String periodGoal, String annualGoal, List<GoalIndicator> indicators,
                          List<GoalIndicator> periodIndicators, boolean published) {

    public ProjectPlan {
        Objects.requireNonNull(name, "name");
        unit = LineItem.blankToNull(unit);
        category = category == null ? ProjectCategory.OTHER_OPERATING : category;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        periodIndicators = periodIndicators == null ? List.of() : List.copyOf(periodIndicators);
    }
}
