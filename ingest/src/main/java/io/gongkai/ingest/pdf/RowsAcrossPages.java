package io.gongkai.ingest.pdf;

import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Re-joins a ruled table row that a page break cut in two. Word processors and HTML renderers split a tall row at
 * the page's foot: the first page keeps the row's amounts and the first lines of its wrapped name, the next page
 * starts (after the repeated table header, when there is one) with a fragment holding only the rest of the name.
 * The fragment is joined to the row when all of these hold:
 * <ul>
 *   <li>the row is the last line of its page and the fragment the first line of the next page that is not a repeat
 *       of a line of the previous page (a repeated header or running title); both are ruled-table lines (tab-separated
 *       cells) with the same number of cells;</li>
 *   <li>the row has at least one amount, the fragment none;</li>
 *   <li>every cell of the fragment with text continues a text cell of the row;</li>
 *   <li>the fragment does not start the way a new row's name does (一、, （一）, a code, 合计, 其中 …): a row with blank
 *       amounts at the top of a page, such as 二、外交支出 in table 1, is a row of its own.</li>
 * </ul>
 */
final class RowsAcrossPages {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(?:\\.[0-9]+)?%?");
    private static final Pattern ROW_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]|合\\s*计|总\\s*计|小\\s*计|其\\s*中)");

    private RowsAcrossPages() {
    }

    static List<SourceLine> join(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines);
        for (int i = out.size() - 2; i >= 0; i--) {
            SourceLine row = out.get(i);
            if (out.get(i + 1).page() == row.page()) {
                continue;
            }
            Set<String> previousPage = new HashSet<>();
            for (int k = i; k >= 0 && out.get(k).page() == row.page(); k--) {
                previousPage.add(out.get(k).text());
            }
            int next = i + 1;
            while (next < out.size() && out.get(next).page() == out.get(i + 1).page()
                    && previousPage.contains(out.get(next).text())) {
                next++;
            }
            if (next == out.size() || out.get(next).page() != out.get(i + 1).page()) {
                continue;
            }
            String joined = joined(row.text(), out.get(next).text());
            if (joined != null) {
                out.set(i, row.withText(joined));
                out.remove(next);
            }
        }
        return out;
    }

    /** The row with the fragment's cells joined on, or null when the fragment is not the rest of the row. */
    static String joined(String row, String fragment) {
        if (row.indexOf('\t') < 0 || fragment.indexOf('\t') < 0) {
            return null;
        }
        String[] cells = row.split("\t", -1);
        String[] rest = fragment.split("\t", -1);
        if (cells.length != rest.length) {
            return null;
        }
        boolean rowHasAmount = false;
        boolean fragmentHasText = false;
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c].strip();
            String piece = rest[c].strip();
            rowHasAmount |= NUMBER.matcher(cell).matches();
            if (piece.isEmpty()) {
                continue;
            }
            if (!fragmentHasText && ROW_START.matcher(piece).find()) {
                return null;
            }
            fragmentHasText = true;
            if (NUMBER.matcher(piece).matches() || cell.isEmpty() || NUMBER.matcher(cell).matches()) {
                return null;
            }
        }
        if (!rowHasAmount || !fragmentHasText) {
            return null;
        }
        String[] out = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            String indentation = cells[c].substring(0, cells[c].length() - cells[c].stripLeading().length());
            out[c] = rest[c].isBlank() ? cells[c] : indentation + Texts.joinWrapped(List.of(cells[c], rest[c]));
        }
        return String.join("\t", out);
    }
}
