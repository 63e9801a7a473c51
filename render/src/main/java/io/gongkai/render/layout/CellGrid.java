package io.gongkai.render.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A printed table as positioned cells with spans: what HTML, DOCX and XLSX writers draw, each with one routine.
 * Cells never overlap; positions a span covers hold no cell of their own.
 *
 * @param rows the number of rows
 * @param columns the number of columns
 * @param headerRows how many leading rows are header rows (repeated on each page)
 * @param cells the cells, row by row, left to right
 */
public record CellGrid(int rows, int columns, int headerRows, List<Cell> cells) {

    public CellGrid {
        cells = cells.stream().sorted(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column)).toList();
    }

    /** What a cell holds, which decides its style and alignment. */
    public enum Kind {
        /** A column header (centred, bold). */
        HEADER,
        /** A field label of a form (goal tables: 项目名称). */
        LABEL,
        /** Free text (left). */
        TEXT,
        /** A classification code (left, no indent). */
        CODE,
        /** A row name (left, indented by level). */
        NAME,
        /** An amount (right-aligned, two decimals; blank when null). */
        AMOUNT,
        /** A 行次 (line number): centred. */
        LINE_NUMBER,
        /** A count (车辆数, 台/套): right-aligned, a whole number without decimals; blank when null. */
        COUNT,
        /** A note spanning the table (注：本表无数据). */
        NOTE
    }

    /**
     * One cell.
     *
     * @param row first row, from 0
     * @param column first column, from 0
     * @param rowSpan rows spanned
     * @param columnSpan columns spanned
     * @param kind what it holds
     * @param text the printed text (for an amount: the amount as printed)
     * @param amount the amount of an AMOUNT cell, or null when blank
     * @param indent indentation level of a NAME cell
     * @param emphasis whether the cell is on a total or group line (bold)
     */
    public record Cell(int row, int column, int rowSpan, int columnSpan, Kind kind, String text, BigDecimal amount,
                       int indent, boolean emphasis) {

        public Cell {
            text = text == null ? "" : text;
        }

        static Cell of(int row, int column, Kind kind, String text) {
            return new Cell(row, column, 1, 1, kind, text, null, 0, false);
        }

        Cell span(int rowSpan, int columnSpan) {
            return new Cell(row, column, rowSpan, columnSpan, kind, text, amount, indent, emphasis);
        }
    }

    /**
     * The printed texts row by row, one per column: a cell's text at its first row and column, the positions a span
     * covers empty, as a Word table's or a spreadsheet's rows read cell by cell.
     */
    public List<List<String>> texts() {
        String[][] texts = new String[rows][columns];
        for (String[] row : texts) {
            Arrays.fill(row, "");
        }
        for (Cell cell : cells) {
            texts[cell.row()][cell.column()] = cell.text();
        }
        return Arrays.stream(texts).map(List::of).toList();
    }

    /** The cells that start on a row, left to right. */
    public List<Cell> row(int row) {
        return cells.stream().filter(c -> c.row() == row).toList();
    }

    /** Builds a grid row by row. */
    static final class Builder {
        private final int columns;
        private final List<Cell> cells = new ArrayList<>();
        private int rows;
        private int headerRows;

        Builder(int columns) {
            this.columns = columns;
        }

        Builder add(Cell cell) {
            cells.add(cell);
            rows = Math.max(rows, cell.row() + cell.rowSpan());
            return this;
        }

        Builder headerRows(int value) {
            headerRows = value;
            return this;
        }

        int rows() {
            return rows;
        }

        CellGrid build() {
            return new CellGrid(rows, columns, headerRows, cells);
        }
    }
}
