package io.gongkai.ingest.goals;

import io.gongkai.ingest.goals.IndicatorVocabulary.Kind;
import io.gongkai.ingest.text.SourceLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of an indicator table into tokens. Tab-separated exports keep their cells, so each cell is a
 * label, a heading, a name or a value, and each line is a row. PDF text is read as one compact stream: labels from
 * the closed vocabulary are found wherever a cell can begin, even when spaced out or wrapped
 * ({@code 可 持 续\n影 响 指\n标}), and the text between two labels is cut into indicators by {@link RunSegmenter}.
 * The table ends at its signature block (负责人, 填报日期).
 */
final class IndicatorTokenizer {

    private IndicatorTokenizer() {
    }

    /** The tokens of the indicator lines. */
    static List<IndicatorToken> tokenize(List<SourceLine> lines) {
        long tabbed = lines.stream().filter(SourceLine::tabbed).count();
        return !lines.isEmpty() && tabbed * 2 >= lines.size() ? cells(lines) : stream(lines);
    }

    private static List<IndicatorToken> cells(List<SourceLine> lines) {
        List<IndicatorToken> out = new ArrayList<>();
        for (SourceLine line : rejoinWrappedLabels(lines)) {
            List<String> texts = new ArrayList<>();
            boolean afterLevel2 = false;
            for (String cell : line.cells()) {
                String c = GoalText.compact(cell);
                if (c.isEmpty()) {
                    continue;
                }
                IndicatorVocabulary.Label label = IndicatorVocabulary.whole(c);
                if (label == null && startsFooter(c)) {
                    flushCells(texts, line, out);
                    return out;
                }
                if (label != null && !(label.weak() && afterLevel2)) {
                    flushCells(texts, line, out);
                    out.add(new IndicatorToken.Label(label));
                    afterLevel2 = label.kind() == Kind.LEVEL2 || label.kind() == Kind.COST;
                } else {
                    texts.add(c);
                    afterLevel2 = false;
                }
            }
            flushCells(texts, line, out);
            out.add(new IndicatorToken.RowEnd());
        }
        return out;
    }

    /**
     * The rows with each 一级 or 二级 label that wrapped in its cell made whole again. An export that keeps the tabs
     * prints the first part of a wrapped label cell at the end of a line and the rest at the start of the next, the
     * row's later cells after it ({@code \t产 出 指} / {@code 标\t数 量 指} / {@code 标\t完成工作任务数量\t≥145项}):
     * a line whose last cell begins a label, and whose next line's first cell continues it, is joined with that line.
     */
    static List<SourceLine> rejoinWrappedLabels(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        SourceLine row = null;
        for (SourceLine line : lines) {
            if (row != null && continuesLabel(row, line)) {
                row = row.withText(row.text() + line.text());
            } else {
                if (row != null) {
                    out.add(row);
                }
                row = line;
            }
        }
        if (row != null) {
            out.add(row);
        }
        return out;
    }

    /** Whether the row's last cell is a label's first part and the next line's first cell continues it. */
    private static boolean continuesLabel(SourceLine row, SourceLine next) {
        if (!row.tabbed()) {
            return false;
        }
        List<String> cells = row.cells();
        String last = GoalText.compact(cells.get(cells.size() - 1));
        String first = GoalText.compact(next.cells().get(0));
        List<String> labels = IndicatorVocabulary.classifierLabels();
        if (last.isEmpty() || first.isEmpty() || labels.contains(last)) {
            return false;
        }
        String joined = last + first;
        for (String label : labels) {
            if (label.startsWith(joined)) {
                return true;
            }
        }
        return false;
    }

    /** Pairs the text cells of a row into indicators: a name, then its value. */
    private static void flushCells(List<String> texts, SourceLine line, List<IndicatorToken> out) {
        String name = null;
        for (String t : texts) {
            if (name == null && IndicatorValues.isValue(t)) {
                out.add(new IndicatorToken.Item(null, t, line.ref()));
            } else if (name == null) {
                name = t;
            } else {
                out.add(new IndicatorToken.Item(name, t, line.ref()));
                name = null;
            }
        }
        if (name != null) {
            out.add(new IndicatorToken.Item(name, null, line.ref()));
        }
        texts.clear();
    }

    private static boolean startsFooter(String compact) {
        IndicatorVocabulary.Match m = IndicatorVocabulary.match(compact, 0, compact.length());
        return m != null && m.label().kind() == Kind.FOOTER;
    }

    private static List<IndicatorToken> stream(List<SourceLine> lines) {
        CompactStream s = CompactStream.of(LabelTransposition.repair(lines));
        IndicatorValues.Reader values = IndicatorValues.on(s);
        List<IndicatorToken> out = new ArrayList<>();
        int n = s.length();
        int runStart = 0;
        int pos = 0;
        while (pos < n) {
            IndicatorVocabulary.Match m = s.breakBefore(pos) ? IndicatorVocabulary.match(s, pos, n) : null;
            if (m == null || !believable(m, values, n, out, pos == runStart)) {
                pos++;
                continue;
            }
            run(s, runStart, pos, out);
            if (m.label().kind() == Kind.FOOTER) {
                return out;
            }
            out.add(new IndicatorToken.Label(m.label()));
            pos = m.end();
            runStart = pos;
        }
        run(s, runStart, n, out);
        return out;
    }

    /**
     * Whether a label found in the stream is one. Weak labels (服务对象满意度) are also common indicator names: they
     * count only where a label can stand, not right after another 二级 label and not before a value.
     */
    private static boolean believable(IndicatorVocabulary.Match m, IndicatorValues.Reader values, int n,
                                      List<IndicatorToken> out, boolean nothingBetween) {
        if (!m.label().weak()) {
            return true;
        }
        boolean afterLevel2 = nothingBetween && !out.isEmpty()
                && out.get(out.size() - 1) instanceof IndicatorToken.Label l
                && (l.label().kind() == Kind.LEVEL2 || l.label().kind() == Kind.COST);
        return !afterLevel2 && !values.startsValue(m.end(), n);
    }

    private static void run(CompactStream s, int from, int to, List<IndicatorToken> out) {
        for (RunSegmenter.Piece p : RunSegmenter.segment(s, from, to)) {
            out.add(new IndicatorToken.Item(p.name(), p.value(), s.lineAt(p.start()).ref()));
        }
    }
}
