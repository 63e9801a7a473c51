package io.gongkai.ingest.goals;

import io.gongkai.ingest.text.SourceLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs label cells that wrapped side by side: when several narrow label cells on one row each wrap onto a second
 * line, PDF text prints the first halves of all of them on one line and the second halves on the next
 * ({@code 效益 经 济 效 经 济 效} / {@code 指标 益指标 益指标}). If the two lines consist only of label characters and
 * their pieces pair up, in order, into whole labels (效益+指标, 经济效+益指标, 经济效+益指标), the pair is replaced by
 * one line of those labels.
 */
final class LabelTransposition {

    private static final int MIN_LABELS = 2;

    private LabelTransposition() {
    }

    /** The lines with every transposed label pair rejoined. */
    static List<SourceLine> repair(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        boolean[] labelOnly = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            labelOnly[k] = IndicatorVocabulary.isLabelCharacters(GoalText.compact(lines.get(k).text()));
        }
        int i = 0;
        while (i < lines.size()) {
            if (i + 1 < lines.size() && labelOnly[i] && labelOnly[i + 1]) {
                List<String> labels = interleaved(lines.get(i), lines.get(i + 1));
                if (labels != null) {
                    out.add(lines.get(i).withText(String.join(" ", labels)));
                    i += 2;
                    continue;
                }
            }
            out.add(lines.get(i));
            i++;
        }
        return out;
    }

    /** The labels two lines spell when their pieces are paired in order, or null. */
    static List<String> interleaved(SourceLine first, SourceLine second) {
        String x = GoalText.compact(first.text());
        String y = GoalText.compact(second.text());
        if (!IndicatorVocabulary.isLabelCharacters(x) || !IndicatorVocabulary.isLabelCharacters(y)
                || segmentsIntoLabels(x) || segmentsIntoLabels(x + y)) {
            return null;
        }
        CompactStream xs = CompactStream.of(List.of(first));
        CompactStream ys = CompactStream.of(List.of(second));
        List<String> labels = IndicatorVocabulary.classifierLabels();
        int[][] via = new int[x.length() + 1][y.length() + 1];
        for (int[] row : via) {
            java.util.Arrays.fill(row, -1);
        }
        int[][] fromX = new int[x.length() + 1][y.length() + 1];
        int[][] fromY = new int[x.length() + 1][y.length() + 1];
        via[0][0] = Integer.MAX_VALUE;
        for (int i = 0; i <= x.length(); i++) {
            for (int j = 0; j <= y.length(); j++) {
                if (via[i][j] == -1 || i == x.length() || j == y.length()) {
                    continue;
                }
                if (!xs.breakBefore(i) || !ys.breakBefore(j)) {
                    continue;
                }
                for (int l = 0; l < labels.size(); l++) {
                    String w = labels.get(l);
                    for (int p = 1; p < w.length(); p++) {
                        int q = w.length() - p;
                        if (i + p <= x.length() && j + q <= y.length() && x.startsWith(w.substring(0, p), i)
                                && y.startsWith(w.substring(p), j) && via[i + p][j + q] == -1) {
                            via[i + p][j + q] = l;
                            fromX[i + p][j + q] = i;
                            fromY[i + p][j + q] = j;
                        }
                    }
                }
            }
        }
        if (via[x.length()][y.length()] < 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int i = x.length();
        int j = y.length();
        while (i > 0 || j > 0) {
            out.add(0, labels.get(via[i][j]));
            int pi = fromX[i][j];
            int pj = fromY[i][j];
            i = pi;
            j = pj;
        }
        return out.size() >= MIN_LABELS ? out : null;
    }

    /** Whether the text reads as whole labels one after another. */
    private static boolean segmentsIntoLabels(String compact) {
        int pos = 0;
        while (pos < compact.length()) {
            IndicatorVocabulary.Match m = IndicatorVocabulary.match(compact, pos, compact.length());
            if (m == null) {
                return false;
            }
            pos = m.end();
        }
        return true;
    }
}
