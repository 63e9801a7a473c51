package io.gongkai.rules.completeness;

import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.performance.GoalProjects;
import io.gongkai.rules.tolerance.Interval;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The goal tables attached to a report, set against the projects of table 12 that have none. */
final class AttachedGoals {

    private static final int MAX_COMBINATIONS = 50_000;
    private static final int LISTED = 10;

    private AttachedGoals() {
    }

    /** Σ 年度资金总额 (else 实施期) of the attached goal tables, in 元. */
    static BigDecimal totalYuan(Report report) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PerformanceGoal goal : report.performanceGoals()) {
            BigDecimal t = goal.annualFunds().total() != null ? goal.annualFunds().total() : goal.periodFunds().total();
            sum = sum.add(t == null ? BigDecimal.ZERO : t);
        }
        return sum;
    }

    /**
     * Σ of the attached goals in 万元 as the tables give them: a goal's project amount in table 12 (or 13) where
     * it is found, else its own 年度资金 ÷ 10000.
     */
    static BigDecimal totalWanByTables(Report report) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PerformanceGoal goal : report.performanceGoals()) {
            var match = GoalProjects.match(report, goal);
            if (match.isPresent() && !match.get().current().isEmpty()) {
                sum = sum.add(match.get().currentTotal());
            } else if (match.isPresent() && !match.get().carryover().isEmpty()) {
                sum = sum.add(match.get().carryoverTotal());
            } else {
                BigDecimal t = goal.annualFunds().total();
                sum = sum.add(t == null ? BigDecimal.ZERO : GoalProjects.toWan(t));
            }
        }
        return sum;
    }

    /** The project rows of table 12 that no attached goal table is about. */
    static List<TableRow> projectsWithoutGoal(Report report) {
        Set<String> covered = new HashSet<>();
        for (PerformanceGoal goal : report.performanceGoals()) {
            GoalProjects.match(report, goal).ifPresent(m -> covered.add(GoalProjects.normalise(m.name())));
        }
        return GoalProjects.projects(report, TableType.PROJECTS_CURRENT).stream()
                .filter(r -> r.amount("total").signum() != 0)
                .filter(r -> !covered.contains(GoalProjects.normalise(r.name()))).toList();
    }

    /**
     * The {@code size} projects among the candidates whose amounts add up to {@code amount} (万元), or an empty
     * list when no such choice exists or there are too many to try.
     */
    static List<TableRow> choose(List<TableRow> candidates, int size, BigDecimal amount) {
        if (size <= 0 || size > candidates.size() || combinations(candidates.size(), size) > MAX_COMBINATIONS) {
            return List.of();
        }
        int n = candidates.size();
        BigDecimal[] values = new BigDecimal[n];
        Interval[] shown = new Interval[n];
        for (int i = 0; i < n; i++) {
            values[i] = candidates.get(i).amount("total");
            shown[i] = Interval.displayed(values[i]);
        }
        List<List<TableRow>> found = new ArrayList<>();
        new Search(candidates, values, shown, size, amount, Interval.displayed(amount), found)
                .from(0, new ArrayList<>(), BigDecimal.ZERO, Interval.exact(BigDecimal.ZERO));
        return found.size() == 1 ? found.get(0) : List.of();
    }

    /**
     * The search for choices whose sum agrees with the amount ({@link Tolerance#sum} does not contradict), the
     * sums of each choice's parts carried down the recursion rather than added up again for every choice.
     */
    private record Search(List<TableRow> candidates, BigDecimal[] values, Interval[] shown, int size,
                          BigDecimal amount, Interval displayed, List<List<TableRow>> found) {

        void from(int first, List<TableRow> chosen, BigDecimal exact, Interval sum) {
            if (chosen.size() == size) {
                if (amount.compareTo(exact) == 0 || displayed.overlaps(sum)) {
                    found.add(List.copyOf(chosen));
                }
                return;
            }
            for (int i = first; i < candidates.size() && found.size() < 2; i++) {
                chosen.add(candidates.get(i));
                from(i + 1, chosen, exact.add(values[i]), sum.plus(shown[i]));
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    private static long combinations(int n, int k) {
        long c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
            if (c > MAX_COMBINATIONS) {
                return c;
            }
        }
        return c;
    }

    /** How a list of projects is named in messages: 名称 金额万元、…. */
    static String describe(List<TableRow> rows) {
        String listed = String.join("、", rows.stream().limit(LISTED)
                .map(r -> r.name() + "（" + r.amount("total").toPlainString() + "万元）").toList());
        return rows.size() > LISTED ? listed + "等" + rows.size() + "个项目" : listed;
    }
}
