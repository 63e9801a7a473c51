package io.gongkai.render.xlsx;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.GlossaryEntry;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.render.ReportWriter;
import io.gongkai.render.layout.CellGrid;
import io.gongkai.render.layout.GoalGrids;
import io.gongkai.render.layout.ReportTexts;
import io.gongkai.render.layout.SelfEvaluationGrids;
import io.gongkai.render.layout.TableGrid;
import io.gongkai.render.layout.TableGrids;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report as an XLSX workbook. The layout, for readers:
 * <ul>
 *   <li>sheet {@code 封面}: A1 the document title; rows 3-7 pairs in A/B: 单位名称, 单位代码, 年度, 类型 (部门预算 or
 *       部门决算), 单位性质.</li>
 *   <li>one sheet per table, named {@code 表N} (N the canonical number): A1 the template label (预算公开表N), A2 the
 *       title (merged across the table), A3 部门名称：… and 单位：万元 in the last column; the header from row 4, as
 *       many rows as the table's header is deep, with merged cells; then one row per printed line (two-sided
 *       tables: income columns left, expenditure columns right, as printed); 科目编码 as text; amounts as numbers
 *       in 万元 (format #,##0.00), a blank cell where the table prints nothing; the last row 注：本表无数据 for a
 *       table published without data. Panes are frozen below the header and right of the name columns.</li>
 *   <li>sheet {@code 概况}: column A, the duties as （一）… lines under 一、部门职责, then 二、机构设置 and its text.</li>
 *   <li>sheet {@code 情况说明}: column A, the part heading (第三部分 …情况说明), then each section's heading (一、…)
 *       and its paragraphs, one per row.</li>
 *   <li>sheet {@code 名词解释}: row 1 the part heading (第四部分 名词解释), row 2 headers 名词/解释, then one term per
 *   row.</li>
 *   <li>sheets {@code 绩效目标1} …: A1 title, A2 the project name; the form from row 4 (labels in column A); then a
 *       row 实施期绩效指标 and its indicator table (一级/二级/三级指标/指标值), then 年度绩效指标 and its table.
 *       Funds there are in 元.</li>
 * </ul>
 * Amounts are stored as spreadsheet numbers (IEEE doubles, exact for two-decimal 万元 figures of this size).
 * Immutable and thread-safe.
 */
public final class ReportXlsxWriter implements ReportWriter {

    /** The row (0-based) where a table sheet's header starts. */
    public static final int HEADER_ROW = 3;

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            cover(workbook.createSheet("封面"), report, styles);
            for (DisclosureTable table : report.tables()) {
                table(workbook.createSheet("表" + table.number()), TableGrids.of(table, report.year()), report,
                        styles);
            }
            overview(workbook.createSheet("概况"), report, styles);
            narrative(workbook.createSheet("情况说明"), report, styles);
            glossary(workbook.createSheet("名词解释"), report, styles);
            int n = 1;
            for (PerformanceGoal goal : report.performanceGoals()) {
                goal(workbook.createSheet("绩效目标" + n++), goal, report, styles);
            }
            n = 1;
            for (SelfEvaluation evaluation : report.selfEvaluations()) {
                selfEvaluation(workbook.createSheet("绩效自评" + n++), evaluation, report, styles);
            }
            workbook.write(bytes);
        }
        bytes.writeTo(out);
        out.flush();
    }

    private static void cover(Sheet sheet, Report report, XlsxStyles styles) {
        text(sheet, 0, 0, ReportTexts.documentTitle(report), styles.title());
        String[][] facts = {{"单位名称", ReportTexts.unitName(report)},
            {"单位代码", report.unit() == null || report.unit().code() == null ? "" : report.unit().code()},
            {"年度", String.valueOf(report.year())}, {"类型", ReportTexts.kindName(report)},
            {"单位性质", report.unit() == null ? "" : report.unit().type().label()}};
        for (int i = 0; i < facts.length; i++) {
            text(sheet, 2 + i, 0, facts[i][0], styles.label());
            text(sheet, 2 + i, 1, facts[i][1], styles.plain());
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    private static void table(Sheet sheet, TableGrid grid, Report report, XlsxStyles styles) {
        CellGrid cells = grid.cells();
        int last = Math.max(cells.columns() - 1, 1);
        text(sheet, 0, 0, grid.label(), styles.plain());
        text(sheet, 1, 0, grid.title(), styles.title());
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        text(sheet, 2, 0, ReportTexts.unitLine(report), styles.plain());
        text(sheet, 2, last, ReportTexts.moneyLine(), styles.right());
        GridSheets.write(sheet, cells, HEADER_ROW, styles);
        int nameColumns = (int) grid.columns().stream().takeWhile(c -> !c.isAmount()).count();
        sheet.createFreezePane(nameColumns, HEADER_ROW + cells.headerRows());
        for (int c = 0; c < grid.columns().size(); c++) {
            var column = grid.columns().get(c);
            int width = switch (column.role()) {
                case CODE -> 12;
                case NAME -> 40;
                case ALT_NAME -> 24;
                case LINE_NUMBER -> 6;
                case AMOUNT -> 15;
            };
            sheet.setColumnWidth(c, width * 256);
        }
    }

    private static void overview(Sheet sheet, Report report, XlsxStyles styles) {
        int row = 0;
        text(sheet, row++, 0, ReportTexts.overviewPart(), styles.title());
        text(sheet, row++, 0, "一、部门职责", styles.label());
        for (int i = 0; i < report.overview().duties().size(); i++) {
            text(sheet, row++, 0, "（" + ReportTexts.ordinal(i + 1) + "）" + report.overview().duties().get(i),
                    styles.wrapped());
        }
        text(sheet, row++, 0, "二、机构设置", styles.label());
        text(sheet, row, 0, report.overview().organisation(), styles.wrapped());
        sheet.setColumnWidth(0, 120 * 256);
    }

    /**
     * The 情况说明 as the template prints it, in column A: the part heading, then each section's heading
     * (一、…) and its paragraphs, one per row, so the sheet reads as the narrative (readers find its sections
     * and the figures they state, such as the procurement total).
     */
    private static void narrative(Sheet sheet, Report report, XlsxStyles styles) {
        int row = 0;
        text(sheet, row++, 0, ReportTexts.narrativePart(report), styles.title());
        for (NarrativeSection section : report.narrative().sections()) {
            text(sheet, row++, 0, section.number() + "、" + section.title(), styles.label());
            for (String paragraph : section.text().split("\\R")) {
                text(sheet, row++, 0, paragraph, styles.wrapped());
            }
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static void glossary(Sheet sheet, Report report, XlsxStyles styles) {
        text(sheet, 0, 0, ReportTexts.glossaryPart(), styles.title());
        text(sheet, 1, 0, "名词", styles.header(false));
        text(sheet, 1, 1, "解释", styles.header(false));
        int row = 2;
        for (GlossaryEntry entry : report.glossary()) {
            text(sheet, row, 0, entry.term(), styles.text(false));
            text(sheet, row++, 1, entry.definition(), styles.wrapped());
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 120 * 256);
        sheet.createFreezePane(0, 2);
    }

    private static void goal(Sheet sheet, PerformanceGoal goal, Report report, XlsxStyles styles) {
        text(sheet, 0, 0, report.year() + "年项目支出绩效目标表", styles.title());
        text(sheet, 1, 0, goal.projectName(), styles.plain());
        text(sheet, 1, 3, "单位：元", styles.right());
        int row = GridSheets.write(sheet, GoalGrids.form(goal), 3, styles) + 1;
        text(sheet, row++, 0, "实施期绩效指标", styles.label());
        row = GridSheets.write(sheet, GoalGrids.indicators(goal.periodIndicators()), row, styles) + 1;
        text(sheet, row++, 0, "年度绩效指标", styles.label());
        GridSheets.write(sheet, GoalGrids.indicators(goal.annualIndicators()), row, styles);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 30 * 256);
        sheet.setColumnWidth(3, 30 * 256);
    }

    private static void selfEvaluation(Sheet sheet, SelfEvaluation evaluation, Report report, XlsxStyles styles) {
        text(sheet, 0, 0, ReportTexts.selfEvaluationTitle(report, evaluation), styles.title());
        GridSheets.write(sheet, SelfEvaluationGrids.of(evaluation), 2, styles);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 30 * 256);
        for (int c = 3; c < 8; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.setColumnWidth(8, 36 * 256);
    }

    static void text(Sheet sheet, int row, int column, String value,
                     org.apache.poi.ss.usermodel.CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }
}
