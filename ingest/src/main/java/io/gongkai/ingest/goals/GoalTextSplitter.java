package io.gongkai.ingest.goals;

import io.gongkai.ingest.text.SourceLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the 总体目标 cell text into the 实施期 and 年度 goals. A spreadsheet export keeps the two cells apart with
 * tabs. PDF text prints the period column's lines first and then the annual column's, each wrapped at its own
 * width; the split is the line boundary where both parts look like wrapped paragraphs (all lines but the last reach
 * the column width) and read most alike (the two goals usually say nearly the same thing).
 */
final class GoalTextSplitter {

    /**
     * The two goals; either may be null.
     *
     * @param period 实施期目标
     * @param annual 年度目标
     */
    record Goals(String period, String annual) {
    }

    /** Width slack, in ideograph widths, for a line that reaches its column. */
    private static final double WIDTH_SLACK = 3.0;
    private static final double SHAPE_WEIGHT = 0.25;
    private static final double NARROWER_BONUS = 0.1;
    /** Similarity above which two texts on one line are taken as the same goal printed twice. */
    private static final double SAME_TEXT = 0.8;

    private GoalTextSplitter() {
    }

    /**
     * Splits the text in {@code [from, to)} of the stream.
     *
     * @param halves which columns the table has
     */
    static Goals split(CompactStream s, int from, int to, Halves halves) {
        if (from >= to) {
            return new Goals(null, null);
        }
        List<Fragment> fragments = fragments(s, from, to);
        if (halves != Halves.BOTH) {
            String all = join(fragments, 0, fragments.size());
            return halves == Halves.PERIOD ? new Goals(all, null) : new Goals(null, all);
        }
        boolean tabbed = fragments.stream().anyMatch(f -> f.column() >= 0);
        if (tabbed) {
            return byColumns(fragments);
        }
        if (fragments.size() == 1) {
            fragments = pieces(fragments.get(0));
        }
        if (fragments.size() == 1) {
            return new Goals(fragments.get(0).text(), null);
        }
        int best = 1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < fragments.size(); k++) {
            double score = score(fragments.subList(0, k), fragments.subList(k, fragments.size()));
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return new Goals(join(fragments, 0, best), join(fragments, best, fragments.size()));
    }

    /** A piece of one line inside the goal cell; {@code column} is its tab cell, or -1 without tabs. */
    private record Fragment(String text, double width, int column, String spaced) {
    }

    private static List<Fragment> fragments(CompactStream s, int from, int to) {
        List<Fragment> out = new ArrayList<>();
        int first = s.lineIndexAt(from);
        int last = s.lineIndexAt(to - 1);
        for (int li = first; li <= last; li++) {
            int start = Math.max(from, s.lineStart(li));
            int end = Math.min(to, s.lineStart(li + 1));
            if (start >= end) {
                continue;
            }
            SourceLine line = s.lines().get(li);
            if (line.tabbed()) {
                cells(line, start - s.lineStart(li), end - s.lineStart(li), out);
            } else {
                String text = s.slice(start, end);
                String spaced = GoalText.takeCompact(
                        GoalText.dropCompactPrefix(line.text(), start - s.lineStart(li)), end - start);
                out.add(new Fragment(text, width(text), -1, spaced));
            }
        }
        return out;
    }

    /** The tab cells of a line, clipped to a range of its compact text. */
    private static void cells(SourceLine line, int from, int to, List<Fragment> out) {
        List<String> cells = line.cells();
        int offset = 0;
        for (int c = 0; c < cells.size(); c++) {
            String compact = GoalText.compact(cells.get(c));
            int start = Math.max(from, offset);
            int end = Math.min(to, offset + compact.length());
            if (start < end) {
                String text = compact.substring(start - offset, end - offset);
                out.add(new Fragment(text, width(text), c, text));
            }
            offset += compact.length();
        }
    }

    /**
     * The whitespace-separated pieces of a single line, kept only when the line splits into two near-equal texts:
     * both goals printed on one line.
     */
    private static List<Fragment> pieces(Fragment only) {
        String[] parts = only.spaced().strip().split("[\\s\\u3000]+");
        List<Fragment> out = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                out.add(new Fragment(part, width(part), -1, part));
            }
        }
        for (int k = 1; k < out.size(); k++) {
            if (similarity(join(out, 0, k), join(out, k, out.size())) >= SAME_TEXT) {
                return List.of(new Fragment(join(out, 0, k), 0, -1, ""),
                        new Fragment(join(out, k, out.size()), 0, -1, ""));
            }
        }
        return List.of(only);
    }

    private static Goals byColumns(List<Fragment> fragments) {
        int annualColumn = -1;
        List<Fragment> tabbed = fragments.stream().filter(f -> f.column() >= 0).toList();
        if (tabbed.size() >= 2) {
            annualColumn = tabbed.get(1).column();
            for (int i = 1; i < tabbed.size(); i++) {
                if (tabbed.get(i).column() > tabbed.get(0).column()) {
                    annualColumn = tabbed.get(i).column();
                    break;
                }
            }
        }
        StringBuilder period = new StringBuilder();
        StringBuilder annual = new StringBuilder();
        for (Fragment f : fragments) {
            boolean isAnnual = annualColumn >= 0 && f.column() >= annualColumn;
            (isAnnual ? annual : period).append(f.text());
        }
        return new Goals(period.isEmpty() ? null : period.toString(), annual.isEmpty() ? null : annual.toString());
    }

    private static double score(List<Fragment> period, List<Fragment> annual) {
        double score = similarity(join(period), join(annual));
        double periodWidth = maxWidth(period);
        double annualWidth = maxWidth(annual);
        if (wrapsAt(period, periodWidth)) {
            score += SHAPE_WEIGHT;
        }
        if (wrapsAt(annual, annualWidth)) {
            score += SHAPE_WEIGHT;
        }
        if (annualWidth < periodWidth - WIDTH_SLACK || period.size() == 1 && annual.size() == 1) {
            score += NARROWER_BONUS;
        }
        return score;
    }

    /** Whether every line but the last reaches the column width: the shape of one wrapped paragraph. */
    private static boolean wrapsAt(List<Fragment> lines, double width) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).width() < width - WIDTH_SLACK) {
                return false;
            }
        }
        return true;
    }

    private static double maxWidth(List<Fragment> lines) {
        double max = 0;
        for (Fragment f : lines) {
            max = Math.max(max, f.width());
        }
        return max;
    }

    /** Dice coefficient of character bigrams, 1 for equal texts. */
    static double similarity(String a, String b) {
        if (a == null || b == null || a.length() < 2 || b.length() < 2) {
            return a != null && a.equals(b) ? 1 : 0;
        }
        int[] x = bigrams(a);
        int[] y = bigrams(b);
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (x.length + y.length);
    }

    /** The text's character bigrams, each packed into an int, sorted. */
    private static int[] bigrams(String text) {
        int[] out = new int[text.length() - 1];
        for (int i = 0; i + 1 < text.length(); i++) {
            out[i] = text.charAt(i) << 16 | text.charAt(i + 1);
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /** Printed width in ideographs: Latin letters, digits and ASCII punctuation take half. */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? 0.5 : 1.0;
        }
        return w;
    }

    private static String join(List<Fragment> fragments) {
        return join(fragments, 0, fragments.size());
    }

    private static String join(List<Fragment> fragments, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(fragments.get(i).text());
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
