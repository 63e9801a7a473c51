package io.gongkai.rules.narrative;

import io.gongkai.model.NarrativeFact;
import io.gongkai.model.ReportKind;
import io.gongkai.model.Report;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** How narrative statements are judged and reported: always through {@link Tolerance} and {@link Verdicts}. */
final class Checks {

    private Checks() {
    }

    /** Whether table rules apply: budgets only (final accounts have other tables). */
    static boolean isBudget(Report report) {
        return report.kind() != ReportKind.FINAL_ACCOUNTS;
    }

    /** A narrative statement about its own section. */
    static Location at(NarrativeFact fact) {
        return Location.section("情况说明" + fact.section());
    }

    /** Adds a narrative fact as evidence. */
    static FindingSink.Builder evidence(FindingSink.Builder finding, NarrativeFact fact) {
        return finding.evidence(Subjects.describe(fact), Subjects.valueText(fact), fact.source());
    }

    /**
     * The value a statement stands for: as printed, except that a stated zero (政府性基金预算拨款收入0万元) means
     * none at all, not a rounded figure below half a unit, so it is made exact.
     */
    static BigDecimal stated(NarrativeFact fact) {
        return fact.value().signum() == 0 ? EXACT_ZERO : fact.value();
    }

    private static final BigDecimal EXACT_ZERO = BigDecimal.ZERO.setScale(12);

    /** How a stated figure agrees with a table figure (one cell, or the sum of several). */
    static Agreement agreement(NarrativeFact fact, Figure figure) {
        BigDecimal stated = stated(fact);
        if (stated.compareTo(figure.value()) == 0) {
            return Agreement.EXACT; // as Tolerance.sum decides it, without the list of parts
        }
        return Tolerance.sum(stated, figure.parts());
    }

    /**
     * Compares an amount with its candidate table figures: silent when one agrees exactly, an INFO remark when one
     * agrees within rounding, else a contradiction with the first that is not a mere alternative reading (a WARNING
     * when that figure only stands for the statement through an identity; silent when there is none).
     */
    static void againstTables(FindingSink sink, NarrativeFact fact, Binding binding) {
        if (!binding.bound()) {
            return;
        }
        Figure rounding = null;
        for (Figure figure : binding.candidates()) {
            Agreement a = agreement(fact, figure);
            if (a == Agreement.EXACT) {
                return;
            }
            if (a == Agreement.ROUNDING && rounding == null) {
                rounding = figure;
            }
        }
        reportAgainstTables(sink, fact, binding, rounding);
    }

    /**
     * Reports an amount no candidate figure states exactly: kept apart from {@link #againstTables}, so that the
     * compiled passing path stays small (the message is built only for findings).
     */
    private static void reportAgainstTables(FindingSink sink, NarrativeFact fact, Binding binding, Figure rounding) {
        Figure shown = rounding != null ? rounding
                : binding.candidates().stream().filter(f -> !f.alternative()).findFirst().orElse(null);
        if (shown == null) {
            return;
        }
        Agreement verdict = rounding != null ? Agreement.ROUNDING : Agreement.CONTRADICTS;
        String message = Subjects.describe(fact) + "为" + Subjects.valueText(fact) + "，与" + shown.label()
                + shown.value().toPlainString() + "万元不一致";
        FindingSink.Builder finding = Verdicts.report(sink, verdict, message);
        if (verdict == Agreement.CONTRADICTS && shown.inferred()) {
            finding.severity(Severity.WARNING);
        }
        finding.at(shown.location(fact.section())).tables(shown.tables()).values(shown.value(), fact.value());
        evidence(finding, fact);
        shown.addEvidence(finding);
    }

    /** A whole a share is taken of: a narrative statement or a table figure. */
    record Whole(String label, BigDecimal value, NarrativeFact fact, Figure figure) {

        static Whole of(NarrativeFact fact) {
            return new Whole(Subjects.describe(fact), fact.value(), fact, null);
        }

        static Whole of(Figure figure) {
            return new Whole(figure.label(), figure.value(), null, figure);
        }

        FindingSink.Builder addEvidence(FindingSink.Builder finding) {
            if (fact != null) {
                return evidence(finding, fact);
            }
            finding.tables(figure.tables());
            return figure.addEvidence(finding);
        }
    }

    /**
     * Checks a stated share (占X%) of a part in a whole; several wholes may be acceptable (the first is named when
     * none agrees).
     */
    static void share(FindingSink sink, NarrativeFact share, NarrativeFact part, List<Whole> wholes) {
        List<Whole> usable = new ArrayList<>();
        for (Whole w : wholes) {
            if (w != null && w.value() != null && w.value().signum() != 0) {
                usable.add(w);
            }
        }
        if (usable.isEmpty() || share.value() == null || part.value() == null) {
            return;
        }
        Whole rounding = null;
        for (Whole w : usable) {
            Agreement a = Tolerance.share(share.value(), stated(part), w.value());
            if (a == Agreement.EXACT) {
                return;
            }
            if (a == Agreement.ROUNDING && rounding == null) {
                rounding = w;
            }
        }
        reportShare(sink, share, part, usable, rounding);
    }

    /** Reports a share no whole gives exactly (apart from {@link #share}, as for {@link #reportAgainstTables}). */
    private static void reportShare(FindingSink sink, NarrativeFact share, NarrativeFact part, List<Whole> usable,
                                    Whole rounding) {
        Whole shown = rounding != null ? rounding : usable.get(0);
        Agreement verdict = rounding != null ? Agreement.ROUNDING : Agreement.CONTRADICTS;
        BigDecimal computed = Tolerance.percent(part.value(), shown.value(), share.value());
        String message = Subjects.describe(share) + "占" + Subjects.valueText(share) + "，按"
                + part.value().toPlainString() + "万元÷" + shown.label() + shown.value().toPlainString()
                + "万元计算应为" + computed.toPlainString() + "%";
        FindingSink.Builder finding = Verdicts.report(sink, verdict, message);
        finding.at(at(share)).values(computed, share.value());
        evidence(finding, share);
        evidence(finding, part);
        shown.addEvidence(finding);
    }

    /**
     * Checks a stated total against the stated parts it is made of (收入总计 = 本年收入 + 上年结转): a
     * contradiction at the rule's severity, a rounding difference as INFO.
     *
     * @return the finding, or null when the figures agree exactly
     */
    static FindingSink.Builder totalOfParts(FindingSink sink, NarrativeFact total, List<NarrativeFact> parts) {
        List<BigDecimal> values = parts.stream().map(Checks::stated).filter(v -> v.signum() != 0).toList();
        Agreement agreement = Tolerance.sum(stated(total), values);
        if (agreement == Agreement.EXACT) {
            return null; // no finding: skip building its message
        }
        return reportTotalOfParts(sink, total, parts, values, agreement);
    }

    /** Reports a total its parts do not give exactly (apart from {@link #totalOfParts}, as above). */
    private static FindingSink.Builder reportTotalOfParts(FindingSink sink, NarrativeFact total,
                                                          List<NarrativeFact> parts, List<BigDecimal> values,
                                                          Agreement agreement) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        StringBuilder names = new StringBuilder();
        for (NarrativeFact p : parts) {
            if (names.length() > 0) {
                names.append('+');
            }
            names.append('「').append(p.subject()).append('」').append(p.value().toPlainString());
        }
        String message = Subjects.describe(total) + "为" + Subjects.valueText(total) + "，而所述各项"
                + names + "合计" + sum.toPlainString() + total.unit();
        FindingSink.Builder finding = Verdicts.report(sink, agreement, message);
        if (finding == null) {
            return null;
        }
        finding.at(at(total)).values(sum, total.value());
        evidence(finding, total);
        parts.forEach(p -> evidence(finding, p));
        return finding;
    }
}
