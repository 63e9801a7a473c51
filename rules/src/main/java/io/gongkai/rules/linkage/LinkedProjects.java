package io.gongkai.rules.linkage;

import io.gongkai.model.Report;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.performance.GoalProjects;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The budget's projects (tables 12 and 13) by name after normalisation, and the final accounts' self-evaluations
 * matched to them the same way (names compared as {@link GoalProjects#normalise} reduces them). Stateless.
 */
final class LinkedProjects {

    private LinkedProjects() {
    }

    /** The project rows of one budget table, grouped by normalised name in printed order. */
    static Map<String, List<TableRow>> byName(Report budget, TableType type) {
        Map<String, List<TableRow>> out = new LinkedHashMap<>();
        for (TableRow row : GoalProjects.projects(budget, type)) {
            String name = GoalProjects.normalise(row.name());
            if (!name.isEmpty()) {
                out.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(row);
            }
        }
        return out;
    }

    /** Whether a self-evaluation names the project (normalised). */
    static boolean evaluates(SelfEvaluation evaluation, String normalisedName) {
        return GoalProjects.normalise(evaluation.projectName()).equals(normalisedName);
    }

    /** Σ 合计 of the rows (万元), blank as zero. */
    static BigDecimal total(List<TableRow> rows) {
        BigDecimal sum = BigDecimal.ZERO;
        for (TableRow row : rows) {
            BigDecimal v = row.amount("total");
            sum = v == null ? sum : sum.add(v);
        }
        return sum;
    }
}
