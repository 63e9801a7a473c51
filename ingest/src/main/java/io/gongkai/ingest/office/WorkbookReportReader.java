package io.gongkai.ingest.office;

import io.gongkai.ingest.TextReportReader;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a disclosure exported as a workbook (XLSX, or legacy XLS), as finance systems export it: usually one sheet
 * per table with its title in the top rows, header rows with merged cells, 科目编码 columns and amounts. Each row
 * becomes one line whose cells are separated by tabs (a merged cell's value in its first column, the columns it
 * spans empty), in sheet order; the text stages then find the tables by title and header as in any export, so the
 * reader is not tied to one producer's layout. Values are shown as the sheet formats them (formulas by their
 * cached or evaluated result). Thread-safe.
 */
public final class WorkbookReportReader extends OfficeReportReader {

    public WorkbookReportReader() {
        this(new TextReportReader());
    }

    public WorkbookReportReader(TextReportReader text) {
        super("Excel", text);
    }

    @Override
    void addLines(String fileName, byte[] bytes, List<SourceLine> lines) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                    continue;
                }
                Sheet sheet = workbook.getSheetAt(s);
                for (Row row : sheet) {
                    String line = line(row, formatter, evaluator);
                    if (!line.isBlank()) {
                        lines.add(new SourceLine(fileName, s + 1, lines.size() + 1,
                                sheet.getSheetName() + "!" + (row.getRowNum() + 1) + " " + line, line));
                    }
                }
            }
        }
    }

    private static String line(Row row, DataFormatter formatter, FormulaEvaluator evaluator) {
        List<String> cells = new ArrayList<>();
        short last = row.getLastCellNum();
        for (int c = 0; c < last; c++) {
            cells.add(Texts.cellText(value(row.getCell(c), formatter, evaluator)));
        }
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        if (end == 1) {
            return cells.get(0);
        }
        return String.join("\t", cells.subList(0, end));
    }

    private static String value(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        try {
            return formatter.formatCellValue(cell, evaluator);
        } catch (RuntimeException e) {
            // a formula POI cannot evaluate: its cached result as the producer saved it
            return switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                case STRING -> cell.getStringCellValue();
                default -> "";
            };
        }
    }
}
