package io.gongkai.ingest.goals;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run of indicator text between two labels into indicators (name, value). In wrapped PDF text a run holds
 * one or several cells in reading order with their line breaks and spaces; a name may run straight into its value
 * where the PDF clipped the cell ({@code 重点监督检查企业个≥8个}). The cut is the cheapest reading by a small
 * dynamic programme over the run:
 * <ul>
 *   <li>values must have a value shape ({@link IndicatorValues});</li>
 *   <li>each indicator read earns a reward, so that several cells are not read as one long name;</li>
 *   <li>a value that starts at a cell break is free; one glued to its name costs a little, less for numbers than for
 *       words; breaks that are only the letter spacing of a narrow cell ({@code 单 位 正 常}) do not count;</li>
 *   <li>a value that does not end at a break or the end of the run costs more, because the next cell starts after a
 *       break; a worded value must end there;</li>
 *   <li>a run that ends without a value costs by its length. A short tail (one or two characters printed after the
 *       value, as in {@code 人大代表荣誉 / 增强 / 感}) completes the last name.</li>
 * </ul>
 * Fixed-pitch text ({@code pdftotext -layout}) separates its cells by wide breaks (runs of spaces), and that is
 * evidence to use before any shape: no name or value spans a wide break, and the last cell of a row, after a name
 * on the same line, is the row's value whatever its shape ({@code 补助资金兑付完成时间 ␣␣ 10月31日前}). Where the run
 * cannot be read that way, it is read by shapes alone.
 */
final class RunSegmenter {

    /** One indicator read from the run, with the stream index where it starts. */
    record Piece(String name, String value, int start) {
    }

    private static final double EMPTY_NAME = 3;
    private static final double SHORT_NAME = 2.5;
    private static final double GLUED_NUMBER = 1;
    private static final double GLUED_WORD = 2;
    private static final double GLUED_END = 3;
    /** Each indicator read earns this much, so a run with several cells is not read as one long name. */
    private static final double PER_ITEM = -2;
    private static final double FREE_VALUE = 5;
    /** A value read shorter than its shape allows ({@code 195} of {@code 195 人}) is the less likely reading. */
    private static final double SHORTENED = 0.5;
    private static final double TAIL_BASE = 2;
    private static final int FREE_VALUE_MAX = 8;
    private static final int SHORT_TAIL = 2;

    private RunSegmenter() {
    }

    /** The indicators of the run {@code [from, to)}. */
    static List<Piece> segment(CompactStream s, int from, int to) {
        if (to <= from) {
            return List.of();
        }
        Layout layout = Layout.of(s, from, to);
        List<Piece> pieces = layout == null ? null : read(s, from, to, layout);
        return pieces != null ? pieces : read(s, from, to, null);
    }

    /**
     * The cell structure that wide breaks give a run in fixed-pitch text, in run-relative positions.
     *
     * @param wide whether a wide break stands before each position
     * @param valueEnd for the first position of a row's value cell, where that cell ends; -1 elsewhere
     * @param insideValue whether a position lies inside a row's value cell, after its first character
     * @param lastValueCell where the last value cell starts, or -1
     */
    record Layout(boolean[] wide, int[] valueEnd, boolean[] insideValue, int lastValueCell) {

        /** The layout of the run, or null when it has no wide break (text that is not fixed-pitch). */
        static Layout of(CompactStream s, int from, int to) {
            int n = to - from;
            boolean[] wide = new boolean[n + 1];
            boolean any = false;
            for (int k = 1; k < n; k++) {
                wide[k] = s.wideBreakBefore(from + k);
                any |= wide[k];
            }
            if (!any) {
                return null;
            }
            int[] valueEnd = new int[n + 1];
            java.util.Arrays.fill(valueEnd, -1);
            boolean[] inside = new boolean[n + 1];
            int last = -1;
            for (int li = s.lineIndexAt(from); li <= s.lineIndexAt(to - 1); li++) {
                int a = Math.max(from, s.lineStart(li)) - from;
                int lineEnd = s.lineStart(li + 1) - from;
                int b = Math.min(n, lineEnd);
                boolean endsCell = b == lineEnd || s.wideBreakBefore(from + b);
                if (a >= b || !endsCell) {
                    continue;
                }
                int p = b - 1;
                while (p > a && !wide[p]) {
                    p--;
                }
                if (p > a) {
                    valueEnd[p] = b;
                    last = p;
                    for (int k = p + 1; k < b; k++) {
                        inside[k] = true;
                    }
                }
            }
            return new Layout(wide, valueEnd, inside, last);
        }

        /** Whether a wide break stands strictly inside {@code [start, end)}. */
        boolean spansWideBreak(int start, int end) {
            for (int k = start + 1; k < end; k++) {
                if (wide[k]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a row's value cell starts at or after {@code start}. */
        boolean valueCellFrom(int start) {
            return start <= lastValueCell;
        }
    }

    /** The cheapest reading of the run, or null when the layout allows none. */
    private static List<Piece> read(CompactStream s, int from, int to, Layout layout) {
        int n = to - from;
        IndicatorValues.Reader values = IndicatorValues.on(s);
        List<List<double[]>> candidates = new ArrayList<>(n);
        for (int v = from; v < to; v++) {
            candidates.add(valueCandidates(s, values, v, to, layout, from));
        }
        double[] cost = new double[n + 1];
        int[] prev = new int[n + 1];
        int[] valueAt = new int[n + 1];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        int tailFrom = -1;
        double tailCost = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (cost[i] == Double.POSITIVE_INFINITY || layout != null && layout.insideValue()[i]) {
                continue;
            }
            for (int v = i; v < n; v++) {
                if (layout != null && (v - 1 > i && layout.wide()[v - 1] || v > i && layout.valueEnd()[i] >= 0)) {
                    break;
                }
                for (double[] c : candidates.get(v)) {
                    if (v == i && c[1] >= FREE_VALUE) {
                        continue;
                    }
                    int e = (int) c[0] - from;
                    double total = cost[i] + nameCost(v - i) + c[1] + endCost(s, from + e, to) + PER_ITEM;
                    if (total < cost[e]) {
                        cost[e] = total;
                        prev[e] = i;
                        valueAt[e] = v;
                    }
                }
            }
            double tail = cost[i] + TAIL_BASE + (n - i);
            if (tail < tailCost && (layout == null || !layout.valueCellFrom(i))) {
                tailCost = tail;
                tailFrom = i;
            }
        }
        if (cost[n] == Double.POSITIVE_INFINITY && tailFrom < 0) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>();
        int end;
        String tail = null;
        if (tailCost < cost[n]) {
            end = tailFrom;
            tail = s.slice(from + tailFrom, to);
        } else {
            end = n;
        }
        while (end > 0) {
            int i = prev[end];
            int v = valueAt[end];
            pieces.add(0, new Piece(GoalText.orNull(s.slice(from + i, from + v)), s.slice(from + v, from + end),
                    from + (v == i ? v : i)));
            end = i;
        }
        if (tail != null) {
            if (tail.length() <= SHORT_TAIL && !pieces.isEmpty()) {
                Piece last = pieces.remove(pieces.size() - 1);
                String name = last.name() == null ? tail : last.name() + tail;
                pieces.add(new Piece(name, last.value(), last.start()));
            } else {
                pieces.add(new Piece(tail, null, from + tailFrom));
            }
        }
        return pieces;
    }

    /**
     * Possible values starting at {@code v}: pairs of (end, cost of how it starts). With a layout, a row's value cell
     * is the only value that starts at its first character, and no value spans a wide break or ends inside a value
     * cell.
     */
    private static List<double[]> valueCandidates(CompactStream s, IndicatorValues.Reader values, int v, int to,
                                                  Layout layout, int from) {
        List<double[]> out = new ArrayList<>(4);
        if (layout != null) {
            int cellEnd = layout.valueEnd()[v - from];
            if (cellEnd >= 0) {
                out.add(new double[] {from + cellEnd, 0});
                return out;
            }
            if (layout.insideValue()[v - from]) {
                return out;
            }
        }
        if (v > 0 && insideNumber(s.charAt(v - 1))) {
            return out;
        }
        boolean atBreak = s.cellBreakBefore(v);
        addWithBreaks(out, s, values, v, values.numericEnd(v, to), atBreak ? 0 : GLUED_NUMBER, true);
        addWithBreaks(out, s, values, v, values.qualitativeEnd(v, to), atBreak ? 0 : GLUED_WORD, false);

        if (atBreak) {
            int single = values.singleEnd(v, to);
            if (single > 0 && (single == to || s.cellBreakBefore(single))) {
                out.add(new double[] {single, 0});
            }
            int free = freeValueEnd(s, v, to);
            if (free > 0) {
                out.add(new double[] {free, FREE_VALUE});
            }
        }
        if (layout != null) {
            out.removeIf(c -> layout.insideValue()[(int) c[0] - from] || layout.spansWideBreak(v - from,
                    (int) c[0] - from));
        }
        return out;
    }

    /**
     * Adds a value ending at {@code end}, and the shorter values that end at a break inside it. A worded value
     * always ends its cell, so it must end at a break or the end of the run; a number may be clipped.
     */
    private static void addWithBreaks(List<double[]> out, CompactStream s, IndicatorValues.Reader values, int v,
                                      int end, double startCost, boolean numeric) {
        if (end <= v) {
            return;
        }
        if (numeric || s.cellBreakBefore(end)) {
            out.add(new double[] {end, startCost});
        }
        for (int e = v + 1; e < end; e++) {
            if (s.cellBreakBefore(e) && (numeric ? values.isNumeric(v, e) : values.isQualitative(v, e))) {
                out.add(new double[] {e, startCost + SHORTENED});
            }
        }
    }

    /** An unknown worded value standing alone between breaks, such as a target the vocabulary lacks. */
    private static int freeValueEnd(CompactStream s, int v, int to) {
        int e = v + 1;
        while (e < to && !s.cellBreakBefore(e)) {
            e++;
        }
        if (e - v > FREE_VALUE_MAX) {
            return -1;
        }
        for (int i = v; i < e; i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c < 0x80 && Character.isLetter(c)) {
                return -1;
            }
        }
        return e;
    }

    /** Whether a value cannot start after this character: it would cut a number or a comparator in two. */
    private static boolean insideNumber(char before) {
        return Character.isDigit(before) || "．.,，%％‰≥≤<>＜＞=＝/／\\".indexOf(before) >= 0;
    }

    /** An empty name, or a one-character name (a wrapped name's last character), is unlikely. */
    private static double nameCost(int length) {
        return length == 0 ? EMPTY_NAME : length == 1 ? SHORT_NAME : 0;
    }

    private static double endCost(CompactStream s, int e, int to) {
        return e == to || s.cellBreakBefore(e) ? 0 : GLUED_END;
    }
}
