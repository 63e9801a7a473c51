package io.gongkai.rules.crosstable;

import io.gongkai.rules.FindingSink;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Interval;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges figures that several tables publish, with the interval rule of {@link Tolerance} (a blank cell is an
 * exact zero), and reports a disagreement once, naming every table involved.
 */
final class Figures {

    private Figures() {
    }

    /** Whether two figures state the same value: exactly, within rounding, or not at all. */
    static Agreement compare(Figure a, Figure b) {
        if (a.value().compareTo(b.value()) == 0) {
            return Agreement.EXACT;
        }
        List<Figure.Term> all = new ArrayList<>();
        for (Figure.Term t : a.terms()) {
            if (t.present()) {
                all.add(t);
            }
        }
        for (Figure.Term t : b.terms()) {
            if (t.present()) {
                all.add(new Figure.Term(t.table(), t.row(), t.column(), -t.sign()));
            }
        }
        if (all.isEmpty()) {
            return Agreement.EXACT;
        }
        // Σ cₖvₖ = 0 solved for the first cell: v₀ = Σ (−cₖ·c₀)·vₖ, a displayed total against displayed parts.
        Figure.Term pivot = all.get(0);
        List<BigDecimal> parts = new ArrayList<>();
        for (Figure.Term t : all.subList(1, all.size())) {
            parts.add(-t.sign() * pivot.sign() > 0 ? t.value() : t.value().negate());
        }
        return Tolerance.sum(pivot.value(), parts);
    }

    /** Whether {@code a ≤ b} holds: exactly, only within rounding, or not at all. */
    static Agreement atMost(Figure a, Figure b) {
        if (a.value().compareTo(b.value()) <= 0) {
            return Agreement.EXACT;
        }
        Interval difference = Interval.exact(BigDecimal.ZERO);
        for (Figure.Term t : a.terms()) {
            difference = difference.plus(signed(t, 1));
        }
        for (Figure.Term t : b.terms()) {
            difference = difference.plus(signed(t, -1));
        }
        return difference.lo().signum() <= 0 ? Agreement.ROUNDING : Agreement.CONTRADICTS;
    }

    private static Interval signed(Figure.Term t, int sign) {
        if (!t.present()) {
            return Interval.exact(BigDecimal.ZERO);
        }
        return Interval.displayed(t.value()).times(BigDecimal.valueOf((long) t.sign() * sign));
    }

    /**
     * Reports where figures that should be one and the same value disagree. The value most of them support is
     * taken as the reference, the later figure on a tie (so a rule lists the figure it checks before the one it
     * checks against), and each figure that departs from it is reported once, with the tables of the supporting
     * figures.
     *
     * @param identity why the figures must agree, in Chinese (各表所列一般公共预算本年收入应相同)
     */
    static void agree(FindingSink sink, List<Figure> candidates, String identity) {
        List<Figure> figures = new ArrayList<>(candidates.size());
        for (Figure f : candidates) {
            if (f != null) {
                figures.add(f);
            }
        }
        if (figures.size() < 2 || allEqual(figures)) {
            return; // every pair agrees exactly: no reference to choose, nothing to report
        }
        agreeOrReport(sink, figures, identity);
    }

    /** Whether every figure has the same exact value as the first ({@link #compare} then says EXACT for all). */
    private static boolean allEqual(List<Figure> figures) {
        BigDecimal first = figures.get(0).value();
        for (int i = 1, n = figures.size(); i < n; i++) {
            if (figures.get(i).value().compareTo(first) != 0) {
                return false;
            }
        }
        return true;
    }

    private static void agreeOrReport(FindingSink sink, List<Figure> figures, String identity) {
        int n = figures.size();
        Agreement[][] m = new Agreement[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = i == j ? Agreement.EXACT : compare(figures.get(i), figures.get(j));
            }
        }
        int ref = reference(m);
        for (int i = 0; i < n; i++) {
            if (i == ref || m[ref][i] == Agreement.EXACT) {
                continue;
            }
            List<Figure> supporters = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j != i && m[ref][j] == Agreement.EXACT) {
                    supporters.add(figures.get(j));
                }
            }
            report(sink, m[ref][i], figures.get(i), figures.get(ref), supporters, identity);
        }
    }

    /**
     * The figure most others agree with: most figures not contradicting it, then most figures equal to it as
     * printed, then the later one.
     */
    private static int reference(Agreement[][] m) {
        int ref = 0;
        int bestSupport = -1;
        int bestExact = -1;
        for (int i = 0; i < m.length; i++) {
            int support = 0;
            int exact = 0;
            for (Agreement a : m[i]) {
                support += a.contradicts() ? 0 : 1;
                exact += a == Agreement.EXACT ? 1 : 0;
            }
            if (support > bestSupport || support == bestSupport && exact >= bestExact) {
                bestSupport = support;
                bestExact = exact;
                ref = i;
            }
        }
        return ref;
    }

    private static void report(FindingSink sink, Agreement agreement, Figure outlier, Figure reference,
                               List<Figure> supporters, String identity) {
        StringBuilder message = new StringBuilder();
        message.append(outlier.describe()).append(' ').append(outlier.valueText()).append(" 与 ");
        for (int k = 0; k < supporters.size(); k++) {
            Figure s = supporters.get(k);
            message.append(k > 0 ? "、" : "").append(s.describe()).append(' ').append(s.valueText());
        }
        message.append(" 不一致（").append(identity).append("）");
        FindingSink.Builder finding = Verdicts.report(sink, agreement, message.toString());
        if (finding == null) {
            return;
        }
        finding.at(outlier.location()).values(reference.value(), outlier.value());
        outlier.tables().forEach(finding::tables);
        supporters.forEach(s -> s.tables().forEach(finding::tables));
        outlier.addEvidence(finding);
        supporters.forEach(s -> s.addEvidence(finding));
    }

    /**
     * Reports where a figure exceeds the limit it must stay within ({@code part ≤ whole}), and returns the
     * finding (null when none) so that a rule can refine it.
     *
     * @param identity why, in Chinese (项目支出上年结转不能超过上年结转总额)
     */
    static FindingSink.Builder within(FindingSink sink, Figure part, Figure whole, String identity) {
        Agreement agreement = atMost(part, whole);
        if (agreement == Agreement.EXACT) {
            return null; // no finding: skip building its message
        }
        String message = part.describe() + ' ' + part.valueText() + " 大于 " + whole.describe() + ' '
                + whole.valueText() + "（" + identity + "）";
        FindingSink.Builder finding = Verdicts.report(sink, agreement, message);
        if (finding == null) {
            return null;
        }
        finding.at(part.location()).values(whole.value(), part.value());
        part.tables().forEach(finding::tables);
        whole.tables().forEach(finding::tables);
        part.addEvidence(finding);
        whole.addEvidence(finding);
        return finding;
    }
}
