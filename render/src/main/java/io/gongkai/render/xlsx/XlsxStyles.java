package io.gongkai.render.xlsx;

import io.gongkai.render.layout.CellGrid;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of one workbook, made once each (a workbook holds at most 64,000 styles). */
final class XlsxStyles {

    /** The number format of amounts. */
    static final String AMOUNT_FORMAT = "#,##0.00";

    private final Workbook workbook;
    private final Map<String, CellStyle> made = new HashMap<>();

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    CellStyle of(CellGrid.Cell cell) {
        return switch (cell.kind()) {
            case HEADER -> header(true);
            case LABEL -> bordered("label", true, HorizontalAlignment.CENTER, 0, null, true);
            case AMOUNT -> amount(cell);
            case COUNT -> bordered("count", cell.emphasis(), HorizontalAlignment.RIGHT, 0, "0", false);
            case LINE_NUMBER -> bordered("lineNumber", cell.emphasis(), HorizontalAlignment.CENTER, 0, "@", false);
            case NAME -> bordered("name", cell.emphasis(), HorizontalAlignment.LEFT, Math.min(cell.indent(), 3) * 2,
                    null, false);
            case CODE -> bordered("code", cell.emphasis(), HorizontalAlignment.LEFT, 0, "@", false);
            case NOTE -> bordered("note", false, HorizontalAlignment.LEFT, 0, null, false);
            case TEXT -> bordered("text", cell.emphasis(), HorizontalAlignment.LEFT, 0, null, true);
        };
    }

    /** An amount keeps two decimals, or more where the figure has more (an execution of 0.575 万元). */
    private CellStyle amount(CellGrid.Cell cell) {
        int scale = cell.amount() == null ? 2 : cell.amount().stripTrailingZeros().scale();
        if (scale <= 2) {
            return bordered("amount", cell.emphasis(), HorizontalAlignment.RIGHT, 0, AMOUNT_FORMAT, false);
        }
        return bordered("amount" + scale, cell.emphasis(), HorizontalAlignment.RIGHT, 0,
                "#,##0." + "0".repeat(scale), false);
    }

    CellStyle header(boolean wrap) {
        return made.computeIfAbsent("header" + wrap, k -> {
            CellStyle style = border(workbook.createCellStyle());
            style.setFont(font(true, 11));
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(wrap);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    CellStyle text(boolean bold) {
        return bordered("text", bold, HorizontalAlignment.LEFT, 0, null, false);
    }

    CellStyle wrapped() {
        return made.computeIfAbsent("wrapped", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    CellStyle title() {
        return made.computeIfAbsent("title", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font(true, 16));
            style.setAlignment(HorizontalAlignment.CENTER);
            return style;
        });
    }

    CellStyle label() {
        return made.computeIfAbsent("plainLabel", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font(true, 11));
            return style;
        });
    }

    CellStyle plain() {
        return made.computeIfAbsent("plain", k -> workbook.createCellStyle());
    }

    CellStyle right() {
        return made.computeIfAbsent("right", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        });
    }

    private CellStyle bordered(String name, boolean bold, HorizontalAlignment alignment, int indent, String format,
                               boolean wrap) {
        return made.computeIfAbsent(name + bold + indent + wrap, k -> {
            CellStyle style = border(workbook.createCellStyle());
            style.setFont(font(bold, 11));
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setIndention((short) indent);
            style.setWrapText(wrap);
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return style;
        });
    }

    private Font font(boolean bold, int points) {
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    private static CellStyle border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
