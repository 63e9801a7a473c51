package io.gongkai.rules.linkage;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.performance.GoalProjects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs the budgets and final accounts among the reports given to one check. With exactly one budget and one
 * final accounts of the same year, those two are paired whatever their unit names (a unit prints its name in
 * full in one document and short in the other). Otherwise each budget is paired with the first unpaired final
 * accounts of the same year whose unit name is the same after normalisation (look-alikes, width, spaces and
 * punctuation). Reports of other years or units stay unpaired.
 */
public final class ReportPairing {

    private ReportPairing() {
    }

    /**
     * A budget and final accounts to check together, by their positions in the list given.
     *
     * @param budget index of the budget
     * @param finalAccounts index of the final accounts
     */
    public record Link(int budget, int finalAccounts) {
    }

    /** The pairs among the reports, in the order of their budgets. */
    public static List<Link> pair(List<Report> reports) {
        List<Integer> budgets = indicesOf(reports, ReportKind.BUDGET);
        List<Integer> finals = indicesOf(reports, ReportKind.FINAL_ACCOUNTS);
        List<Link> links = new ArrayList<>();
        if (budgets.size() == 1 && finals.size() == 1) {
            int b = budgets.get(0);
            int f = finals.get(0);
            if (reports.get(b).year() == reports.get(f).year()) {
                links.add(new Link(b, f));
            }
            return links;
        }
        Set<Integer> taken = new HashSet<>();
        for (int b : budgets) {
            Report budget = reports.get(b);
            for (int f : finals) {
                Report fa = reports.get(f);
                if (!taken.contains(f) && fa.year() == budget.year() && sameUnit(budget, fa)) {
                    taken.add(f);
                    links.add(new Link(b, f));
                    break;
                }
            }
        }
        return links;
    }

    private static boolean sameUnit(Report a, Report b) {
        String nameA = unitKey(a.unit() == null ? null : a.unit().name());
        return !nameA.isEmpty() && nameA.equals(unitKey(b.unit() == null ? null : b.unit().name()));
    }

    /**
     * A unit name as pairing compares it (normalised like project names); empty when there is none. A budget and a
     * final accounts of the same year pair when their keys are equal and not empty.
     */
    public static String unitKey(String name) {
        return GoalProjects.normalise(name);
    }

    private static List<Integer> indicesOf(List<Report> reports, ReportKind kind) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).kind() == kind) {
                out.add(i);
            }
        }
        return out;
    }
}
