package io.gongkai.server.report;

import java.util.List;

/**
 * A standard table laid out as published: one side, or income and expenditure side by side (tables 1, 4 and 9).
 *
 * @param id the table's anchor on the page
 * @param number canonical table number
 * @param title as printed
 * @param empty the table says 本表无数据
 * @param twoSided income on the left, expenditure on the right
 * @param leftColumns column labels of the left (or only) side
 * @param rightColumns column labels of the right side (two-sided tables)
 * @param lines the printed lines
 * @param findings findings that point to the table as a whole
 * @param leftLineNumbered the left (or only) side's rows print a 行次 (final-accounts tables 01, 04 and 10)
 * @param rightLineNumbered the right side's rows print a 行次
 * @param numbersColumns the header ends with a 栏次 line numbering the amount columns 1, 2, 3 … left to right
 *     ({@link io.gongkai.model.TableType#numbersColumns})
 */
public record TableView(String id, int number, String title, boolean empty, boolean twoSided,
                        List<String> leftColumns, List<String> rightColumns, List<Line> lines,
                        List<FindingView> findings, boolean leftLineNumbered, boolean rightLineNumbered,
                        boolean numbersColumns) {

    /** How many columns the left (or only) side takes: the name, the 行次 if printed, and the amounts. */
    public int leftWidth() {
        return 1 + (leftLineNumbered ? 1 : 0) + leftColumns.size();
    }

    /** How many columns the right side takes. */
    public int rightWidth() {
        return 1 + (rightLineNumbered ? 1 : 0) + rightColumns.size();
    }

    /** One printed line: a row, or an income row and an expenditure row side by side. */
    public record Line(RowView left, RowView right) {
    }

    /**
     * A row.
     *
     * @param id its anchor
     * @param label code and name as printed
     * @param level nesting level (indentation)
     * @param total a total row (bold)
     * @param cells its amounts, in the column order of its side
     * @param findings findings that point to the row as a whole
     * @param lineNumber its printed 行次, or empty
     */
    public record RowView(String id, String label, int level, boolean total, List<CellView> cells,
                          List<FindingView> findings, String lineNumber) {

        public String worstSeverity() {
            return CellView.worst(findings);
        }

        public String hover() {
            return String.join("\n", findings.stream().map(FindingView::hoverText).toList());
        }
    }

    /**
     * A cell.
     *
     * @param id its anchor
     * @param text the amount as published, or empty
     * @param findings findings that point to it
     */
    public record CellView(String id, String text, List<FindingView> findings) {

        public String worstSeverity() {
            return worst(findings);
        }

        /** The hover text: every finding's line. */
        public String hover() {
            return String.join("\n", findings.stream().map(FindingView::hoverText).toList());
        }

        static String worst(List<FindingView> findings) {
            return findings.stream().map(f -> f.finding().severity()).min(Enum::compareTo).map(Enum::name)
                    .orElse(null);
        }
    }
}
