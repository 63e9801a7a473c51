package io.gongkai.ingest.table;

import io.gongkai.ingest.table.ColumnAssigner.Hint;
import io.gongkai.ingest.table.ColumnVocabulary.Entry;
import io.gongkai.ingest.text.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a table prints its columns, learned from its header: the printed order of the canonical columns (a
 * template may put 上年结转 first or 合计 last), and, when the layout keeps them, the cell index (tab-separated
 * exports) or the display position (fixed-pitch text aligned in columns) of each. Columns the header does not
 * name keep their canonical place relative to the others. Immutable.
 */
final class ColumnLayout {

    private record Span(String column, int start, int end) {
    }

    private final List<String> order;
    private final Map<Integer, String> byCell;
    private final List<Span> byPosition;

    private ColumnLayout(List<String> order, Map<Integer, String> byCell, List<Span> byPosition) {
        this.order = List.copyOf(order);
        this.byCell = Map.copyOf(byCell);
        this.byPosition = List.copyOf(byPosition);
    }

    /** The canonical layout, for tables whose header says nothing usable. */
    static ColumnLayout canonical(List<String> columns) {
        return new ColumnLayout(columns, Map.of(), List.of());
    }

    /**
     * Learns the layout from the header lines' tokens: the line naming the most columns (at least two, or one for a
     * one-column table) gives their order and positions.
     */
    static ColumnLayout learn(List<List<Token>> header, List<String> canonical, List<Entry> vocabulary) {
        List<Token> best = List.of();
        List<String> bestColumns = List.of();
        for (List<Token> tokens : header) {
            List<String> named = new ArrayList<>();
            for (Token t : tokens) {
                String column = t.isNumber() ? null : ColumnVocabulary.columnOf(Texts.compact(t.text()), vocabulary);
                if (column != null && canonical.contains(column) && !named.contains(column)) {
                    named.add(column);
                }
            }
            if (named.size() > bestColumns.size()) {
                best = tokens;
                bestColumns = named;
            }
        }
        boolean enough = bestColumns.size() >= 2 || bestColumns.size() == 1 && canonical.size() == 1;
        if (!enough) {
            return canonical(canonical);
        }
        Map<Integer, String> byCell = new HashMap<>();
        List<Span> byPosition = new ArrayList<>();
        boolean aligned = isAligned(best);
        for (Token t : best) {
            String column = t.isNumber() ? null : ColumnVocabulary.columnOf(Texts.compact(t.text()), vocabulary);
            if (column == null || !canonical.contains(column)) {
                continue;
            }
            if (t.cell() >= 0) {
                byCell.putIfAbsent(t.cell(), column);
            } else if (aligned && t.start() >= 0) {
                byPosition.add(new Span(column, t.start(), t.end()));
            }
        }
        if (!byCell.isEmpty()) {
            addCellsNamedElsewhere(header, canonical, vocabulary, byCell);
        }
        return new ColumnLayout(merge(bestColumns, canonical), byCell, byPosition);
    }

    /** Multi-row headers of exports name some columns on another row (上年结转 above 合计 …). */
    private static void addCellsNamedElsewhere(List<List<Token>> header, List<String> canonical,
                                               List<Entry> vocabulary, Map<Integer, String> byCell) {
        for (List<Token> tokens : header) {
            if (tokens.isEmpty() || !tokens.get(0).line().tabbed()) {
                continue;
            }
            for (Token t : tokens) {
                String column = t.isNumber() ? null
                        : ColumnVocabulary.columnOf(Texts.compact(t.text()), vocabulary);
                if (column != null && canonical.contains(column) && !byCell.containsValue(column)
                        && !byCell.containsKey(t.cell())) {
                    byCell.put(t.cell(), column);
                }
            }
        }
    }

    /** The printed order of the canonical columns. */
    List<String> order() {
        return order;
    }

    /**
     * Whether the line is a header line (names two or more columns, holds no money, no text token starts with a
     * label ordinal: {@link LabelOrdinals#leading}, the scan of the summary parser's ORDINAL pattern).
     */
    static boolean isHeaderLine(List<Token> tokens, List<Entry> vocabulary) {
        Set<String> named = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (t.isNumber() && t.value().scale() > 0 || !t.isNumber() && LabelOrdinals.leading(t.text().strip()) > 0) {
                return false;
            }
            String column = t.isNumber() ? null : ColumnVocabulary.columnOf(Texts.compact(t.text()), vocabulary);
            if (column != null) {
                named.add(column);
            }
        }
        return named.size() >= 2;
    }

    /**
     * Where the layout says a number stands: its column index in {@link #order()} when the header's cells or
     * positions tell, else the spacing before it.
     */
    Hint hint(Token number) {
        if (number.cell() >= 0 && !byCell.isEmpty()) {
            String column = byCell.get(number.cell());
            return new Hint(column == null ? -1 : order.indexOf(column), -1);
        }
        if (number.start() >= 0 && !byPosition.isEmpty()) {
            String column = nearest(number);
            return new Hint(order.indexOf(column), -1);
        }
        return null;
    }

    /** Whether cells or positions locate the columns (rather than the spacing rule). */
    boolean locatesColumns() {
        return !byCell.isEmpty() || !byPosition.isEmpty();
    }

    private String nearest(Token number) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Span span : byPosition) {
            int overlap = Math.min(span.end, number.end()) - Math.max(span.start, number.start());
            int distance = overlap > 0 ? -overlap : Math.min(Math.abs(span.end - number.end()),
                    Math.abs((span.start + span.end) / 2 - (number.start() + number.end()) / 2));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = span.column;
            }
        }
        return best;
    }

    /** Aligned layouts separate header cells with runs of spaces, not single spaces. */
    private static boolean isAligned(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token previous = tokens.get(i - 1);
            Token t = tokens.get(i);
            if (t.start() >= 0 && previous.end() >= 0 && t.start() - previous.end() >= 3) {
                return true;
            }
        }
        return false;
    }

    /** The observed order, with each unseen canonical column inserted after its canonical predecessor. */
    private static List<String> merge(List<String> observed, List<String> canonical) {
        List<String> order = new ArrayList<>(observed);
        for (int i = 0; i < canonical.size(); i++) {
            String column = canonical.get(i);
            if (order.contains(column)) {
                continue;
            }
            int at = 0;
            for (int j = i - 1; j >= 0; j--) {
                int k = order.indexOf(canonical.get(j));
                if (k >= 0) {
                    at = k + 1;
                    break;
                }
            }
            order.add(at, column);
        }
        return order;
    }
}
