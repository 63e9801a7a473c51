package io.gongkai.ingest.office;

import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.layout.LayoutAnalyzer;
import io.gongkai.ingest.layout.TableBlock;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.TextLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Test documents in the layout finance systems export, written with POI from a seed whose table cells survive as
 * tab-separated fields (seed 001): a workbook with one sheet per table (title merged across the top row, header
 * cells merged over the columns they head, codes as text, amounts as numbers formatted #,##0.00, thin borders),
 * and a Word document with the seed's paragraphs and a real table for every run of tab-separated lines (rows
 * kept whole at page breaks: a row split across two pages is not joined again by the PDF reader).
 */
final class OfficeExports {

    private static final Pattern AMOUNT = Pattern.compile("-?[0-9][0-9,]*\\.[0-9]{2}");

    private OfficeExports() {
    }

    static Path seed(String name) {
        return Path.of("src/test/resources/seeds", name + ".txt");
    }

    /** The seed's tables, one sheet each, as the text stages find them. */
    static byte[] workbook(Path seed) throws Exception {
        List<SourceLine> lines = TextLoader.load(seed.getFileName().toString(), Files.readAllBytes(seed));
        List<TableBlock> blocks = new LayoutAnalyzer(TableTitles.budget()).analyze(lines).tables();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            border(text);
            CellStyle money = workbook.createCellStyle();
            border(money);
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            for (TableBlock block : blocks) {
                Sheet sheet = workbook.createSheet("表" + block.type().number());
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {block.title().text().strip()});
                for (SourceLine line : block.lines()) {
                    rows.add(line.text().split("\t", -1));
                }
                int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    String[] cells = rows.get(r);
                    for (int c = 0; c < columns; c++) {
                        Cell cell = row.createCell(c);
                        String value = c < cells.length ? cells[c].strip() : "";
                        if (AMOUNT.matcher(value).matches()) {
                            cell.setCellValue(new BigDecimal(value.replace(",", "")).doubleValue());
                            cell.setCellStyle(money);
                        } else {
                            cell.setCellValue(value);
                            cell.setCellStyle(text);
                        }
                    }
                }
                if (columns > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
                }
                mergeHeaderGroups(sheet, rows, columns);
                for (int c = 0; c < columns; c++) {
                    sheet.setColumnWidth(c, Math.min(60, width(rows, c) + 2) * 256);
                }
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setLandscape(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * In the header rows (before the first amount), a label followed by empty cells over which the next row names
     * sub-columns is merged across them, as 本年收入 over its sources.
     */
    private static void mergeHeaderGroups(Sheet sheet, List<String[]> rows, int columns) {
        for (int r = 1; r + 1 < rows.size(); r++) {
            String[] row = rows.get(r);
            String[] next = rows.get(r + 1);
            if (java.util.Arrays.stream(row).anyMatch(v -> AMOUNT.matcher(v.strip()).matches())) {
                return;
            }
            for (int c = 0; c < row.length; c++) {
                if (row[c].isBlank()) {
                    continue;
                }
                int end = c;
                while (end + 1 < columns && (end + 1 >= row.length || row[end + 1].isBlank())
                        && end + 1 < next.length && !next[end + 1].isBlank()) {
                    end++;
                }
                if (end > c && c < next.length && !next[c].isBlank()) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, c, end));
                }
            }
        }
    }

    /** The display width of a column's widest value (title row aside), Chinese characters two wide. */
    private static int width(List<String[]> rows, int column) {
        int widest = 6;
        for (String[] row : rows.subList(1, rows.size())) {
            if (column < row.length) {
                widest = Math.max(widest, row[column].codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum());
            }
        }
        return widest;
    }

    private static void border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    /** The whole seed as a Word document: paragraphs, and a bordered table for each run of tab-separated lines. */
    static byte[] document(Path seed) throws IOException {
        List<String> lines = Files.readAllLines(seed);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int i = 0;
            while (i < lines.size()) {
                if (lines.get(i).indexOf('\t') < 0) {
                    document.createParagraph().createRun().setText(lines.get(i));
                    i++;
                    continue;
                }
                int end = i;
                int columns = 0;
                while (end < lines.size() && lines.get(end).indexOf('\t') >= 0) {
                    columns = Math.max(columns, lines.get(end).split("\t", -1).length);
                    end++;
                }
                XWPFTable table = document.createTable(end - i, columns);
                for (int r = i; r < end; r++) {
                    String[] cells = lines.get(r).split("\t", -1);
                    XWPFTableRow row = table.getRow(r - i);
                    row.setCantSplitRow(true);
                    for (int c = 0; c < columns; c++) {
                        row.getCell(c).setText(c < cells.length ? cells[c] : "");
                    }
                }
                document.createParagraph();
                i = end;
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
