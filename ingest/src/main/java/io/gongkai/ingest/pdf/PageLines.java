package io.gongkai.ingest.pdf;

import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.PageBox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns one page's glyphs and rulings into the lines the text stages read.
 * <ul>
 *   <li>Glyphs sharing a baseline form a row; a glyph drawn twice at nearly the same place (fake bold) is kept
 *       once; watermarks (rotated text is already gone, oversized text here) are dropped.</li>
 *   <li>Rows crossed by three or more vertical rulings are table rows: each gap between rulings is a cell, every
 *       row of one table is laid on the table's full column grid (a merged cell's text goes to its first column,
 *       the columns it spans stay empty; when every row has as many cells, the cells are taken in order, as word
 *       processors let each row keep its own widths), rows between the same two horizontal rulings are one table row (a cell
 *       whose text wraps is joined), and the cells are written separated by tabs, as spreadsheet exports are.</li>
 *   <li>Other rows are written as text whose gaps keep their width: as many spaces as fit in the font's space
 *       width (one space per blank cell in single-spaced text, runs of spaces in laid-out text).</li>
 * </ul>
 */
final class PageLines {

    /** Glyphs this much larger than the page's usual text are watermarks or decoration. */
    private static final double WATERMARK_SIZE = 3.0;
    /** Kept as a character: templates indent tree levels with it, and the table parsers count it. */
    private static final String IDEOGRAPHIC_SPACE = "\u3000";
    /** Positions closer than this (points) are the same ruling. */
    private static final double SAME_RULING = 2.5;

    private final String file;
    private final PageContent page;
    private final double originX;
    private final double unit;

    private record Row(List<Glyph> glyphs, double baseline, double height) {
        double mid() {
            return baseline - 0.35 * height;
        }

        double left() {
            return glyphs.get(0).left();
        }

        double right() {
            return glyphs.get(glyphs.size() - 1).right();
        }
    }

    private PageLines(String file, PageContent page, double originX, double unit) {
        this.file = file;
        this.page = page;
        this.originX = originX;
        this.unit = unit;
    }

    /**
     * The page's lines, numbered on from {@code firstNumber}.
     *
     * @param originX the document's left text edge, where column 0 is
     */
    static List<SourceLine> lines(String file, PageContent page, double originX, int firstNumber) {
        List<Glyph> visible = visibleGlyphs(page.glyphs());
        if (visible.isEmpty()) {
            return List.of();
        }
        PageLines builder = new PageLines(file, page, originX, halfEm(visible));
        return builder.build(rows(visible), firstNumber);
    }

    /** The leftmost text on a page, for the document's column origin. */
    static double leftEdge(PageContent page) {
        double left = Double.MAX_VALUE;
        for (Glyph g : page.glyphs()) {
            if (!g.isBlank()) {
                left = Math.min(left, g.left());
            }
        }
        return left;
    }

    private static List<Glyph> visibleGlyphs(List<Glyph> glyphs) {
        // one blank test per glyph and a plain array sort: this ran as streams and showed in the reader's profile
        boolean[] blank = new boolean[glyphs.size()];
        double[] heights = new double[glyphs.size()];
        int inked = 0;
        for (int i = 0; i < blank.length; i++) {
            Glyph g = glyphs.get(i);
            blank[i] = g.isBlank();
            if (!blank[i]) {
                heights[inked++] = g.height();
            }
        }
        Arrays.sort(heights, 0, inked);
        double limit = inked == 0 ? Double.MAX_VALUE : heights[inked / 2] * WATERMARK_SIZE;
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (int i = 0; i < blank.length; i++) {
            Glyph g = glyphs.get(i);
            if ((!blank[i] || IDEOGRAPHIC_SPACE.equals(g.text())) && g.height() <= limit && Double.isFinite(g.left())
                    && Double.isFinite(g.baseline())) {
                out.add(g);
            }
        }
        return out;
    }

    /** Half the width of a Chinese character: one display column. */
    private static double halfEm(List<Glyph> glyphs) {
        double[] han = glyphs.stream().filter(g -> isWide(g.text()) && g.width() > 0)
                .mapToDouble(Glyph::width).sorted().toArray();
        if (han.length > 0) {
            return han[han.length / 2] / 2;
        }
        double[] heights = glyphs.stream().mapToDouble(Glyph::height).sorted().toArray();
        return Math.max(1, heights[heights.length / 2] / 2);
    }

    /** Groups glyphs into rows by baseline, each row in reading order without doubled glyphs. */
    private static List<Row> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::left));
        List<Row> rows = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double baseline = 0;
        double height = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.baseline() - baseline > 0.4 * Math.max(height, g.height())) {
                rows.add(row(current, baseline, height));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.baseline();
                height = g.height();
            }
            height = Math.max(height, g.height());
            current.add(g);
        }
        rows.add(row(current, baseline, height));
        return rows;
    }

    private static Row row(List<Glyph> glyphs, double baseline, double height) {
        glyphs.sort(Comparator.comparingDouble(Glyph::left));
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            if (!isDoubled(g, kept)) {
                kept.add(g);
            }
        }
        return new Row(kept, baseline, height);
    }

    /** The same glyph already drawn at (nearly) the same place: the second stroke of fake bold. */
    private static boolean isDoubled(Glyph g, List<Glyph> kept) {
        for (int i = kept.size() - 1; i >= 0 && i >= kept.size() - 3; i--) {
            Glyph k = kept.get(i);
            if (k.text().equals(g.text()) && Math.abs(k.left() - g.left()) < 0.35 * Math.max(k.width(), 1)
                    && Math.abs(k.baseline() - g.baseline()) < 0.35 * Math.max(k.height(), 1)) {
                return true;
            }
        }
        return false;
    }

    private List<SourceLine> build(List<Row> rows, int firstNumber) {
        List<Ruling> verticals = merge(page.rulings(), false);
        List<Ruling> horizontals = merge(page.rulings(), true);
        double[][] cuts = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            cuts[i] = verticals.isEmpty() ? null : cellCuts(rows.get(i), verticals);
        }
        List<SourceLine> out = new ArrayList<>();
        int number = firstNumber;
        int i = 0;
        while (i < rows.size()) {
            if (cuts[i] == null) {
                Row row = rows.get(i);
                String text = layoutText(row);
                out.add(line(number++, text, box(List.of(row))));
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < rows.size() && cuts[end + 1] != null && sameTable(cuts[i], cuts[end + 1])) {
                end++;
            }
            number = table(rows.subList(i, end + 1), Arrays.asList(cuts).subList(i, end + 1), horizontals, out,
                    number);
            i = end + 1;
        }
        return out;
    }

    /** Writes the rows of one ruled table as tab-separated lines; returns the next line number. */
    private int table(List<Row> rows, List<double[]> cuts, List<Ruling> horizontals, List<SourceLine> out,
                      int number) {
        double[] grid = grid(cuts);
        double left = grid[0];
        double right = grid[grid.length - 1];
        boolean sameCellCount = cuts.stream().mapToInt(c -> c.length).distinct().count() == 1;
        int fieldCount = sameCellCount ? cuts.get(0).length - 1 : grid.length - 1;
        List<Double> bands = new ArrayList<>();
        for (Ruling h : horizontals) {
            if (h.from() < right - SAME_RULING && h.to() > left + SAME_RULING) {
                bands.add(h.at());
            }
        }
        int start = 0;
        while (start < rows.size()) {
            int band = band(rows.get(start), bands);
            int end = start;
            while (end + 1 < rows.size() && !bands.isEmpty() && band(rows.get(end + 1), bands) == band) {
                end++;
            }
            String[] fields = new String[fieldCount];
            Arrays.fill(fields, "");
            for (int r = start; r <= end; r++) {
                double[] rowCuts = cuts.get(r);
                String[] cells = cellTexts(rows.get(r), rowCuts);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        int column = sameCellCount ? c : column(grid, rowCuts[c]);
                        fields[column] = fields[column].isEmpty() ? cells[c] : joined(fields[column], cells[c]);
                    }
                }
            }
            String text = String.join("\t", fields);
            if (!text.isBlank()) {
                out.add(line(number++, text, box(rows.subList(start, end + 1))));
            }
            start = end + 1;
        }
        return number;
    }

    /**
     * Joins a cell's wrapped text. A narrow cell breaks anywhere, inside numbers and codes too, so the pieces run on
     * directly; only a break between two Latin letters was a space between words.
     */
    private static String joined(String first, String next) {
        char a = first.charAt(first.length() - 1);
        char b = next.charAt(0);
        return isLatinLetter(a) && isLatinLetter(b) ? first + " " + next : first + next;
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x2E80 && Character.isLetter(c);
    }

    private static int band(Row row, List<Double> bands) {
        int n = 0;
        double mid = row.mid();
        for (double y : bands) {
            if (y < mid) {
                n++;
            }
        }
        return n;
    }

    /** The table's column grid: every cut any of its rows has, close ones taken as one. */
    private static double[] grid(List<double[]> cuts) {
        double[] all = cuts.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        List<Double> grid = new ArrayList<>();
        for (double x : all) {
            if (grid.isEmpty() || x - grid.get(grid.size() - 1) > SAME_RULING) {
                grid.add(x);
            }
        }
        return grid.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int column(double[] grid, double x) {
        int best = 0;
        for (int i = 0; i < grid.length - 1; i++) {
            if (Math.abs(grid[i] - x) < Math.abs(grid[best] - x)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Whether two rows belong to one table: the same outer borders, and the cuts of one are among the cuts of the
     * other (a row with merged cells lacks some). Rows whose cuts cross each other's are different tables.
     */
    private static boolean sameTable(double[] a, double[] b) {
        return Math.abs(a[0] - b[0]) <= SAME_RULING * 2 && Math.abs(a[a.length - 1] - b[b.length - 1])
                <= SAME_RULING * 2 && (within(a, b) || within(b, a));
    }

    private static boolean within(double[] some, double[] all) {
        for (double x : some) {
            boolean found = false;
            for (double y : all) {
                found |= Math.abs(x - y) <= SAME_RULING;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The x of the vertical rulings crossing the row, when three or more do and the row's text lies within. */
    private static double[] cellCuts(Row row, List<Ruling> verticals) {
        double mid = row.mid();
        List<Double> xs = new ArrayList<>();
        for (Ruling v : verticals) {
            if (v.covers(mid, 1.0)) {
                xs.add(v.at());
            }
        }
        double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<Double> distinct = new ArrayList<>();
        for (double x : sorted) {
            if (distinct.isEmpty() || x - distinct.get(distinct.size() - 1) > SAME_RULING) {
                distinct.add(x);
            }
        }
        if (distinct.size() < 3) {
            return null;
        }
        double[] cut = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        if (row.left() < cut[0] - SAME_RULING || row.right() > cut[cut.length - 1] + SAME_RULING) {
            return null;
        }
        return cut;
    }

    /** Rulings of one direction, sorted, with pieces of the same line (one per cell border) joined. */
    private static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> same = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal) {
                same.add(r);
            }
        }
        same.sort(Comparator.comparingDouble(Ruling::at).thenComparingDouble(Ruling::from));
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : same) {
            Ruling last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && Math.abs(last.at() - r.at()) <= SAME_RULING / 2 && r.from() <= last.to() + 1.5) {
                out.set(out.size() - 1, new Ruling(horizontal, last.at(), last.from(), Math.max(last.to(), r.to())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The row's text in each cell between the cuts. A glyph touching the one before it across a cut is text that
     * overflowed its cell (spreadsheets let a long label run over empty neighbours) and stays in the earlier cell.
     * Within a cell, a gap of more than half a column is one space.
     */
    private String[] cellTexts(Row row, double[] cuts) {
        StringBuilder[] cells = new StringBuilder[cuts.length - 1];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = new StringBuilder();
        }
        Glyph previous = null;
        int previousCell = -1;
        for (Glyph g : row.glyphs()) {
            double centre = g.left() + g.width() / 2;
            int cell = -1;
            for (int c = 0; c < cells.length; c++) {
                if (centre >= cuts[c] && centre < cuts[c + 1]) {
                    cell = c;
                    break;
                }
            }
            if (cell < 0) {
                continue;
            }
            double gap = previous == null ? Double.MAX_VALUE : g.left() - previous.right();
            if (previousCell >= 0 && cell != previousCell && gap < unit * 0.3) {
                cell = previousCell;
            }
            if (cell == previousCell && gap > unit * 0.6) {
                cells[cell].append(' ');
            }
            cells[cell].append(g.text());
            previous = g;
            previousCell = cell;
        }
        String[] out = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            out[c] = Texts.cellText(cells[c].toString());
        }
        return out;
    }

    /**
     * The row as text: where glyphs do not touch, as many spaces as fit in the gap in the font's own space width
     * (at least one), and the indentation from the document's left edge likewise.
     */
    private String layoutText(Row row) {
        StringBuilder b = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : row.glyphs()) {
            double space = g.space() > 0 ? g.space() : unit;
            if (previous == null) {
                b.append(" ".repeat((int) Math.max(0, Math.round((g.left() - originX) / space))));
            } else {
                double gap = g.left() - previous.right();
                if (gap > space * 0.5) {
                    b.append(" ".repeat((int) Math.max(1, Math.round(gap / space))));
                }
            }
            b.append(g.text());
            previous = g;
        }
        return b.toString();
    }

    private static boolean isWide(String text) {
        return !text.isEmpty() && isWide(text.codePointAt(0));
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0x2E80 && cp <= 0x2FDF;
    }

    /** The union of the rows' glyph boxes (each glyph's advance by 1.2 times its height), or null without glyphs. */
    private PageBox box(List<Row> rows) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Row row : rows) {
            for (Glyph g : row.glyphs()) {
                left = Math.min(left, g.left());
                top = Math.min(top, g.top());
                right = Math.max(right, g.left() + Math.max(0, g.width()));
                bottom = Math.max(bottom, g.top() + Math.max(0, g.height() * 1.2));
            }
        }
        return left == Double.MAX_VALUE ? null : new PageBox(left, top, right - left, bottom - top);
    }

    private SourceLine line(int number, String text, PageBox box) {
        return new SourceLine(file, page.number(), number, text, text, box, page.ocr());
    }
}
