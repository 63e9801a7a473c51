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
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (LayoutAnalyzer.isGoalHeading(lines.get(i).compact())) {
                headings.add(i);
            }
        }
        List<List<SourceLine>> tables = new ArrayList<>();
        List<SourceLine> current = null;
        for (int k = 0; k < headings.size(); k++) {
            int from = headings.get(k);
            int to = k + 1 < headings.size() ? headings.get(k + 1) : lines.size();
            List<SourceLine> segment = lines.subList(from, to);
            Layer layer = longestLayer(tables, segment);
            if (layer != null && current != null && !finished(current)) {
                issues.add(new IngestIssue(segment.get(0).ref(), "页面重复图层（重复前表表头）已忽略，后续内容并入当前表 / "
                        + "a page layer repeating an earlier table was skipped; what follows continues the table"));
                if (layer.remainder() != null) {
                    current.add(layer.remainder());
                }
                current.addAll(segment.subList(layer.consumed(), segment.size()));
            } else if (layer != null && layer.consumed() == segment.size() && layer.remainder() == null) {
                issues.add(new IngestIssue(segment.get(0).ref(),
                        "页面重复图层已忽略 / a page layer repeating an earlier table was skipped"));
            } else {
                current = new ArrayList<>(segment);
                tables.add(current);
            }
        }
        return tables;
    }

    /**
     * How a segment repeats an earlier table.
     *
     * @param consumed how many of the segment's lines belong to the layer
     * @param remainder the real text merged onto the layer's last line, or null
     */
    record Layer(int consumed, SourceLine remainder) {
    }

    private static Layer longestLayer(List<List<SourceLine>> tables, List<SourceLine> segment) {
        Layer best = null;
        for (List<SourceLine> table : tables) {
            Layer layer = layer(table, segment);
            if (layer != null && (best == null || layer.consumed() > best.consumed())) {
                best = layer;
            }
        }
        return best;
    }

    /** The layer of {@code table} at the start of the segment, or null when the segment does not repeat it. */
    static Layer layer(List<SourceLine> table, List<SourceLine> segment) {
        int i = 0;
        int p = 0;
        boolean named = false;
        SourceLine remainder = null;
        while (i < segment.size() && p < table.size()) {
            String line = segment.get(i).compact();
            String expected = table.get(p).compact();
            if (line.equals(expected)) {
                p++;
            } else if (p + 1 < table.size() && line.equals(table.get(p + 1).compact())) {
                p += 2;
            } else if (expected.length() >= MIN_MERGED_PREFIX && line.startsWith(expected)) {
                SourceLine merged = segment.get(i);
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
        return i >= MIN_LAYER_LINES && named ? new Layer(i, remainder) : null;
    }

    /** Whether a table has reached its end: the signature block, or the satisfaction row of its indicators. */
    static boolean finished(List<SourceLine> table) {
        StringBuilder sb = new StringBuilder();
        for (SourceLine line : table) {
            sb.append(line.compact());
        }
        String all = sb.toString();
        if (all.contains("负责人") || all.contains("填报日期") || all.contains("经办人")) {
            return true;
        }
        int indicators = Math.max(all.indexOf("一级指标"), all.indexOf("绩效指标"));
        return indicators >= 0 && all.indexOf("满意度", indicators) >= 0;
    }
}
