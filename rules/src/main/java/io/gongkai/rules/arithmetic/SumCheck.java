package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableRow;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Interval;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one reusable arithmetic check: a total cell against the sum of part cells, judged with interval tolerance
 * so that a published rounding difference (尾数误差) is at most an INFO remark. Stateless.
 */
final class SumCheck {

    /** Past this many non-blank parts a message gives the count instead of the whole sum. */
    private static final int MAX_LISTED_PARTS = 6;

    private SumCheck() {
    }

    /**
     * One reading of an identity: the parts that should add up to the total, and what they are in words.
     *
     * @param identity in Chinese, completing 「不等于…」: 基本支出与项目支出之和
     * @param parts the part cells, blank ones included
     */
    record Reading(String identity, List<Cell> parts) {
        Reading {
            parts = List.copyOf(parts);
        }
    }

    /** Checks {@code total = Σ parts}. */
    static void check(FindingSink sink, Cell total, List<Cell> parts, String identity) {
        Agreement agreement = agreement(total, parts);
        if (agreement != Agreement.EXACT) {
            report(sink, total, new Reading(identity, parts), agreement);
        }
    }

    /**
     * Checks a total against several readings of an identity (templates differ, for example in whether a 合计
     * includes 上年结转), keeping the one that agrees best; the first reading is reported when none agrees.
     */
    static void check(FindingSink sink, Cell total, List<Reading> readings) {
        Reading best = null;
        Agreement bestAgreement = null;
        for (Reading reading : readings) {
            Agreement a = agreement(total, reading.parts());
            if (bestAgreement == null || a.ordinal() < bestAgreement.ordinal()) {
                best = reading;
                bestAgreement = a;
            }
        }
        if (best == null || bestAgreement == Agreement.EXACT) {
            return;
        }
        Reading reported = bestAgreement.contradicts() ? readings.get(0) : best;
        report(sink, total, reported, bestAgreement);
    }

    /** How a total agrees with its parts; a blank total is exactly zero, as are blank parts. */
    static Agreement agreement(Cell total, List<Cell> parts) {
        // Most published sums are exact: that is decided on the exact sum alone, without intervals or lists.
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0, n = parts.size(); i < n; i++) {
            BigDecimal value = parts.get(i).value();
            if (value != null) {
                exact = exact.add(value);
            }
        }
        BigDecimal printedTotal = total.value();
        if (printedTotal == null ? exact.signum() == 0 : printedTotal.compareTo(exact) == 0) {
            return Agreement.EXACT;
        }
        return inexactAgreement(total, parts);
    }

    /**
     * Whether a row's total column equals the exact sum of its part columns: {@link #agreement} is
     * {@link Agreement#EXACT} for the cells of one row, decided without building them.
     */
    static boolean addsUpExactly(TableRow row, String total, List<String> parts) {
        Map<String, BigDecimal> amounts = row.amounts();
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0, n = parts.size(); i < n; i++) {
            BigDecimal value = amounts.get(parts.get(i));
            if (value != null) {
                exact = exact.add(value);
            }
        }
        BigDecimal printedTotal = amounts.get(total);
        return printedTotal == null ? exact.signum() == 0 : printedTotal.compareTo(exact) == 0;
    }

    private static Agreement inexactAgreement(Cell total, List<Cell> parts) {
        List<BigDecimal> printed = new ArrayList<>(parts.size());
        for (Cell part : parts) {
            BigDecimal value = part.value();
            if (value != null) {
                printed.add(value);
            }
        }
        if (total.value() != null) {
            return Tolerance.sum(total.value(), printed);
        }
        BigDecimal exact = printed.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (exact.signum() == 0) {
            return Agreement.EXACT;
        }
        Interval sum = Interval.exact(BigDecimal.ZERO);
        for (BigDecimal part : printed) {
            sum = sum.plus(Interval.displayed(part));
        }
        return sum.contains(BigDecimal.ZERO) ? Agreement.ROUNDING : Agreement.CONTRADICTS;
    }

    /** The exact sum of the printed parts. */
    static BigDecimal sum(List<Cell> parts) {
        return parts.stream().map(Cell::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void report(FindingSink sink, Cell total, Reading reading, Agreement agreement) {
        List<Cell> shown = new ArrayList<>();
        for (Cell part : reading.parts()) {
            if (!part.blank()) {
                shown.add(part);
            }
        }
        BigDecimal expected = sum(reading.parts());
        String message = total.location().describe() + " " + total.printed() + "，不等于" + reading.identity()
                + "：" + formula(total, shown, expected);
        FindingSink.Builder finding = Verdicts.report(sink, agreement, message);
        if (finding == null) {
            return;
        }
        finding.at(total.location()).values(expected, total.amount())
                .evidence(total.table(), total.row(), total.column());
        for (Cell part : shown) {
            finding.tables(part.table()).evidence(part.table(), part.row(), part.column());
        }
    }

    private static String formula(Cell total, List<Cell> shown, BigDecimal expected) {
        if (shown.isEmpty()) {
            return "各项均为空，合计应为 0";
        }
        if (shown.size() > MAX_LISTED_PARTS) {
            return shown.size() + "项之和为 " + expected.toPlainString();
        }
        StringBuilder sb = new StringBuilder();
        for (Cell part : shown) {
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            sb.append(part.partName(total)).append(' ').append(part.printed());
        }
        if (shown.size() > 1) {
            sb.append(" = ").append(expected.toPlainString());
        }
        return sb.toString();
    }
}
