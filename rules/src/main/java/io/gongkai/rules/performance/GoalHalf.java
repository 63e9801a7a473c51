package io.gongkai.rules.performance;

import io.gongkai.model.FundSplit;
import io.gongkai.model.Indicator;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.rules.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * One half of a 绩效目标表: the 实施期 (whole period) or the 年度 (this year), each with its funds, goal text and
 * indicators. One-half tables have only the 年度 half.
 *
 * @param goal the table
 * @param label 实施期 or 年度
 * @param funds the half's funds (元)
 * @param goalText the half's 总体目标, or null
 * @param indicators the half's indicators
 */
record GoalHalf(PerformanceGoal goal, String label, FundSplit funds, String goalText, List<Indicator> indicators) {

    static final String PERIOD = "实施期";
    static final String ANNUAL = "年度";

    /** The halves a goal table prints: the 实施期 half when it has funds or indicators, and the 年度 half. */
    static List<GoalHalf> of(PerformanceGoal goal) {
        List<GoalHalf> halves = new ArrayList<>(2);
        if (goal.periodFunds().total() != null || !goal.periodIndicators().isEmpty()) {
            halves.add(new GoalHalf(goal, PERIOD, goal.periodFunds(), goal.periodGoal(), goal.periodIndicators()));
        }
        halves.add(new GoalHalf(goal, ANNUAL, goal.annualFunds(), goal.annualGoal(), goal.annualIndicators()));
        return halves;
    }

    /** The indicators a reader judges a table by: the 年度 ones, or the 实施期 ones when the 年度 half has none. */
    static List<Indicator> mainIndicators(PerformanceGoal goal) {
        return goal.annualIndicators().isEmpty() ? goal.periodIndicators() : goal.annualIndicators();
    }

    /** Where a goal table is, for findings. */
    static Location where(PerformanceGoal goal) {
        return Location.section("绩效目标表「" + goal.projectName() + "」");
    }

    /** Where this half's indicator is. */
    Location where(Indicator indicator) {
        return new Location(null, indicator.name(), null, "绩效目标表「" + goal.projectName() + "」" + label + "指标");
    }

    /** Where this half's funds are. */
    Location whereFunds() {
        return Location.section("绩效目标表「" + goal.projectName() + "」" + label + "资金");
    }

    /** How an indicator is named in evidence. */
    String describe(Indicator indicator) {
        return "绩效目标表「" + goal.projectName() + "」" + label + "指标「" + indicator.name() + "」";
    }

    /** How this half's funds total is named in evidence. */
    String describeFunds() {
        return "绩效目标表「" + goal.projectName() + "」" + label + "资金总额（元）";
    }
}
