package io.gongkai.rules.performance;

import io.gongkai.model.FundSplit;
import io.gongkai.model.Indicator;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.rules.testing.ReportEdits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Copies of a goal table with one part changed, for the rule tests of this area. */
public final class GoalEdits {

    private GoalEdits() {
    }

    /** The index of the goal of a project in the report. */
    public static int indexOf(Report report, String projectName) {
        List<PerformanceGoal> goals = report.performanceGoals();
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).projectName().equals(projectName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no goal " + projectName);
    }

    /** Edits the goal of a project. */
    public static Report goal(Report report, String projectName, UnaryOperator<PerformanceGoal> edit) {
        return ReportEdits.goal(report, indexOf(report, projectName), edit);
    }

    public static FundSplit funds(String total, String central, String provincial, String local, String selfRaised,
                                  String other) {
        return new FundSplit(dec(total), dec(central), dec(provincial), dec(local), dec(selfRaised), dec(other));
    }

    public static PerformanceGoal withName(PerformanceGoal g, String name) {
        return new PerformanceGoal(name, g.departmentCode(), g.departmentName(), g.implementingUnit(), g.attribute(),
                g.period(), g.periodFunds(), g.annualFunds(), g.overview(), g.basis(), g.necessity(),
                g.safeguards(), g.plan(), g.periodGoal(), g.annualGoal(), g.periodIndicators(),
                g.annualIndicators(), g.source());
    }

    public static PerformanceGoal withFunds(PerformanceGoal g, FundSplit period, FundSplit annual) {
        return new PerformanceGoal(g.projectName(), g.departmentCode(), g.departmentName(), g.implementingUnit(),
                g.attribute(), g.period(), period, annual, g.overview(), g.basis(), g.necessity(), g.safeguards(),
                g.plan(), g.periodGoal(), g.annualGoal(), g.periodIndicators(), g.annualIndicators(), g.source());
    }

    public static PerformanceGoal withGoals(PerformanceGoal g, String periodGoal, String annualGoal) {
        return new PerformanceGoal(g.projectName(), g.departmentCode(), g.departmentName(), g.implementingUnit(),
                g.attribute(), g.period(), g.periodFunds(), g.annualFunds(), g.overview(), g.basis(), g.necessity(),
                g.safeguards(), g.plan(), periodGoal, annualGoal, g.periodIndicators(), g.annualIndicators(),
                g.source());
    }

    public static PerformanceGoal withIndicators(PerformanceGoal g, List<Indicator> period, List<Indicator> annual) {
        return new PerformanceGoal(g.projectName(), g.departmentCode(), g.departmentName(), g.implementingUnit(),
                g.attribute(), g.period(), g.periodFunds(), g.annualFunds(), g.overview(), g.basis(), g.necessity(),
                g.safeguards(), g.plan(), g.periodGoal(), g.annualGoal(), period, annual, g.source());
    }

    /** The goal with the value of every indicator of that name (both halves) replaced. */
    public static PerformanceGoal withValue(PerformanceGoal g, String indicatorName, String value) {
        return withIndicators(g, replaceValue(g.periodIndicators(), indicatorName, value),
                replaceValue(g.annualIndicators(), indicatorName, value));
    }

    /** The goal with every indicator of that name (both halves) renamed and given a new value. */
    public static PerformanceGoal withIndicator(PerformanceGoal g, String indicatorName, String newName,
                                                String value) {
        return withIndicators(g, rename(g.periodIndicators(), indicatorName, newName, value),
                rename(g.annualIndicators(), indicatorName, newName, value));
    }

    /** The goal without the indicators whose 一级 or 二级 contains the word (both halves). */
    public static PerformanceGoal without(PerformanceGoal g, String levelWord) {
        return withIndicators(g, drop(g.periodIndicators(), levelWord), drop(g.annualIndicators(), levelWord));
    }

    private static List<Indicator> replaceValue(List<Indicator> indicators, String name, String value) {
        List<Indicator> copy = new ArrayList<>();
        for (Indicator i : indicators) {
            copy.add(name.equals(i.name()) ? new Indicator(i.level1(), i.level2(), i.name(), value, i.source()) : i);
        }
        return copy;
    }

    private static List<Indicator> rename(List<Indicator> indicators, String name, String newName, String value) {
        List<Indicator> copy = new ArrayList<>();
        for (Indicator i : indicators) {
            copy.add(name.equals(i.name()) ? new Indicator(i.level1(), i.level2(), newName, value, i.source()) : i);
        }
        return copy;
    }

    private static List<Indicator> drop(List<Indicator> indicators, String levelWord) {
        return indicators.stream().filter(i -> !(contains(i.level1(), levelWord) || contains(i.level2(), levelWord)))
                .toList();
    }

    private static boolean contains(String text, String word) {
        return text != null && text.contains(word);
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
