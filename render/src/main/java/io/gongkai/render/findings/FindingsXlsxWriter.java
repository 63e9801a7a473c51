package io.gongkai.render.findings;

import io.gongkai.rules.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes findings as an Excel workbook: one sheet 审核问题 with the same columns as {@link FindingsCsvWriter}, a bold
 * frozen header row and an auto-filter, so that a reviewer can sort and filter by rule or severity. Streams rows
 * (POI SXSSF), so a large batch does not need the whole sheet in memory. Thread-safe.
 */
public final class FindingsXlsxWriter {

    private static final int[] WIDTHS = {24, 24, 6, 11, 8, 10, 30, 4, 24, 8, 10, 60, 14, 14, 10, 40};

    /** Writes the workbook to the stream, flushing but not closing it. */
    public void write(List<CheckedFile> files, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("审核问题");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < FindingsCsvWriter.HEADER.size(); i++) {
                header.createCell(i).setCellValue(FindingsCsvWriter.HEADER.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int rowNumber = 1;
            for (CheckedFile file : files) {
                for (Finding f : file.result().findings()) {
                    Row row = sheet.createRow(rowNumber++);
                    List<String> fields = FindingsCsvWriter.FindingRow.of(file, f);
                    for (int i = 0; i < fields.size(); i++) {
                        if (fields.get(i) != null) {
                            row.createCell(i).setCellValue(fields.get(i));
                        }
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, rowNumber - 1), 0,
                    FindingsCsvWriter.HEADER.size() - 1));
            workbook.write(out);
            out.flush();
        }
    }
}
