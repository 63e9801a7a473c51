package io.gongkai.render.layout;

/**
 * A header cell placed on the header grid, for writers that merge cells by position (XLSX, DOCX, HTML).
 *
 * @param label the printed text
 * @param row the header row, from 0
 * @param column the first grid column, from 0
 * @param rowSpan how many header rows it spans
 * @param columnSpan how many grid columns it spans
 */
public record HeaderCell(String label, int row, int column, int rowSpan, int columnSpan) {
}
