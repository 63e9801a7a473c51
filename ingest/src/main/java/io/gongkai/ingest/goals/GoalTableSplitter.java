package io.gongkai.ingest.goals;

import io.gongkai.ingest.layout.LayoutAnalyzer;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.model.IngestIssue;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the goal part of a disclosure into one run of lines per table, each starting at its heading
 * (…项目支出绩效目标表), and removes page layers. Some PDFs draw the upper part of an earlier table again at the top
 * of later pages (seed 000 repeats its first table's header on every goal page); in the text this shows as a heading
 * followed by lines identical to an earlier table's first lines. Such a layer is not a table: its lines are dropped,
 * and whatever follows it continues the table in progress.
 */
final class GoalTableSplitter {

    /** Lines a layer must repeat, including the 项目名称 line, before it is taken for one. */
    private static final int MIN_LAYER_LINES = 4;
    /** A line merged with the next real line is recognised by its repeated start of at least this length. */
    private static final int MIN_MERGED_PREFIX = 4;

    private GoalTableSplitter() {
    }

    /** The lines of each table, heading first, in document order. */
    static List<List<SourceLine>> split(List<SourceLine> lines, List<IngestIssue> issues) {
        List<String> compact = new ArrayList<>(lines.size());
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            compact.add(GoalText.compact(lines.get(i).text()));
            if (isHeading(compact.get(i))) {
                headings.add(i);
            }
        }
        List<List<Integer>> tables = new ArrayList<>();
        List<SourceLine> remainders = new ArrayList<>();
        List<List<SourceLine>> out = new ArrayList<>();
        List<Integer> current = null;
        List<SourceLine> currentLines = null;
        for (int k = 0; k < headings.size(); k++) {
            int from = headings.get(k);
            int to = k + 1 < headings.size() ? headings.get(k + 1) : lines.size();
            if (to - from == 1) {
                // A heading with nothing under it names the attachment (附件 项目支出绩效目标表), not a table.
                continue;
            }
            Layer layer = longestLayer(tables, compact, from, to, lines);
            if (layer != null && current != null && !finished(current, compact)) {
                issues.add(new IngestIssue(lines.get(from).ref(), "页面重复图层（重复前表表头）已忽略，后续内容并入当前表 / "
                        + "a page layer repeating an earlier table was skipped; what follows continues the table"));
                if (layer.remainder() != null) {
                    currentLines.add(layer.remainder());
                    remainders.add(layer.remainder());
                }
                for (int i = from + layer.consumed(); i < to; i++) {
                    current.add(i);
                    currentLines.add(lines.get(i));
                }
            } else if (layer != null && layer.consumed() == to - from && layer.remainder() == null) {
                issues.add(new IngestIssue(lines.get(from).ref(),
                        "页面重复图层已忽略 / a page layer repeating an earlier table was skipped"));
            } else {
                current = new ArrayList<>();
                currentLines = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    current.add(i);
                    currentLines.add(lines.get(i));
                }
                tables.add(current);
                out.add(currentLines);
            }
        }
        return out;
    }

    /**
     * How a segment repeats an earlier table.
     *
     * @param consumed how many of the segment's lines belong to the layer
     * @param remainder the real text merged onto the layer's last line, or null
     */
    record Layer(int consumed, SourceLine remainder) {
    }

    private static Layer longestLayer(List<List<Integer>> tables, List<String> compact, int from, int to,
                                      List<SourceLine> lines) {
        Layer best = null;
        for (List<Integer> table : tables) {
            Layer layer = layer(table, compact, from, to, lines);
            if (layer != null && (best == null || layer.consumed() > best.consumed())) {
                best = layer;
            }
        }
        return best;
    }

    /**
     * The layer of {@code table} (line indices) at the start of the segment {@code [from, to)}, or null when the
     * segment does not repeat the table's first lines. A line the layer lacks is skipped; a layer line with real
     * text run onto it ends the layer and leaves that text.
     */
    static Layer layer(List<Integer> table, List<String> compact, int from, int to, List<SourceLine> lines) {
        int i = from;
        int p = 0;
        boolean named = false;
        SourceLine remainder = null;
        while (i < to && p < table.size()) {
            String line = compact.get(i);
            String expected = compact.get(table.get(p));
            if (line.equals(expected)) {
                p++;
            } else if (p + 1 < table.size() && line.equals(compact.get(table.get(p + 1)))) {
                p += 2;
            } else if (expected.length() >= MIN_MERGED_PREFIX && line.startsWith(expected)) {
                SourceLine merged = lines.get(i);
                remainder = merged.withText(GoalText.dropCompactPrefix(merged.text(), expected.length()).strip());
                named |= expected.contains("项目名称");
                i++;
                break;
            } else {
                break;
            }
            named |= line.contains("项目名称");
            i++;
        }
        int consumed = i - from;
        return consumed >= MIN_LAYER_LINES && named ? new Layer(consumed, remainder) : null;
    }

    /**
     * Whether a table has reached its end: after its indicator heading, the signature block or the satisfaction
     * row (the last row of the template) has been printed.
     */
    static boolean finished(List<Integer> table, List<String> compact) {
        boolean indicators = false;
        for (int i : table) {
            String line = compact.get(i);
            indicators |= line.contains("一级指标") || line.contains("绩效指标");
            if (indicators && (line.contains("负责人") || line.contains("填报日期") || line.contains("经办人")
                    || line.contains("满意度"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line heads a goal table: the layout stage's heading test, also for the 申报表 and 项目绩效目标表
     * wordings other templates print.
     */
    static boolean isHeading(String compact) {
        String canonical = compact.replace("绩效目标申报表", "绩效目标表").replace("项目绩效目标表", "项目支出绩效目标表");
        return LayoutAnalyzer.isGoalHeading(canonical);
    }
}
