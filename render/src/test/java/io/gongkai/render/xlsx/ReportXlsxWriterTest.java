package io.gongkai.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.render.Amounts;
import io.gongkai.render.SeedReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbook of seed 000 read back with POI: every amount cell against the model, layout where readers expect. */
class ReportXlsxWriterTest {

    private static Report report;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void render() throws Exception {
        report = SeedReports.read(SeedReports.SEED_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportXlsxWriter().write(report, out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void sheetsInOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("封面", "表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "表10",
                "表11", "表12", "表13", "概况", "情况说明", "名词解释", "绩效目标1", "绩效目标2", "绩效目标3");
        Sheet cover = workbook.getSheet("封面");
        assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("长治市屯留区商务发展中心2024年部门预算公开");
        assertThat(cover.getRow(2).getCell(1).getStringCellValue()).isEqualTo("长治市屯留区商务发展中心");
        assertThat(cover.getRow(3).getCell(1).getStringCellValue()).isEqualTo("119");
        assertThat(cover.getRow(4).getCell(1).getStringCellValue()).isEqualTo("2024");
    }

    @Test
    void everyAmountCellEqualsTheModel() {
        for (DisclosureTable table : report.tables()) {
            Sheet sheet = workbook.getSheet("表" + table.number());
            List<String> numbers = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.add(Amounts.twoDecimals(BigDecimal.valueOf(cell.getNumericCellValue())));
                        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                    }
                }
            }
            numbers.sort(null);
            assertThat(numbers).as("table %d", table.number()).isEqualTo(Amounts.of(table));
        }
    }

    @Test
    void titlesHeadersCodesAndAmountsWhereTheReaderLooks() {
        Sheet t2 = workbook.getSheet("表2");
        assertThat(t2.getRow(0).getCell(0).getStringCellValue()).isEqualTo("预算公开表2");
        assertThat(t2.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024年预算收入总表");
        assertThat(t2.getRow(2).getCell(0).getStringCellValue()).isEqualTo("部门名称：长治市屯留区商务发展中心");
        assertThat(t2.getRow(2).getCell(8).getStringCellValue()).isEqualTo("单位：万元");
        assertThat(texts(t2.getRow(3))).containsExactly("项目", "", "本年收入", "", "", "", "", "", "上年结转");
        assertThat(texts(t2.getRow(4))).containsExactly("科目编码", "科目名称", "合计", "一般公共预算", "政府性基金预算",
                "国有资本经营预算", "财政专户管理资金", "单位资金", "");
        assertThat(t2.getMergedRegions()).contains(new CellRangeAddress(3, 3, 2, 7), new CellRangeAddress(3, 4, 8, 8),
                new CellRangeAddress(3, 3, 0, 1));
        Row row = find(t2, "2160699");
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("其他涉外发展服务支出");
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(5.00);
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(5.00);
        assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(54.40);
        assertThat(t2.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
        assertThat(t2.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);

        Sheet t1 = workbook.getSheet("表1");
        Row last = t1.getRow(t1.getLastRowNum());
        assertThat(texts(last)).containsExactly("收入总计", "", "支出总计", "", "", "");
        assertThat(last.getCell(1).getNumericCellValue()).isEqualTo(1554.77);
        assertThat(last.getCell(5).getNumericCellValue()).isEqualTo(707.59);

        Sheet t7 = workbook.getSheet("表7");
        assertThat(t7.getRow(t7.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("注：本表无数据");
    }

    @Test
    void narrativeGlossaryAndGoalSheets() {
        Sheet narrative = workbook.getSheet("情况说明");
        assertThat(narrative.getRow(0).getCell(0).getStringCellValue()).startsWith("第三部分").endsWith("情况说明");
        assertThat(narrative.getRow(1).getCell(0).getStringCellValue()).isEqualTo("一、部门预算收支数据变动情况及原因");
        assertThat(narrative.getRow(2).getCell(0).getStringCellValue()).contains("预算收入总计1,554.77万元");
        assertThat(find(narrative, "九、政府采购情况")).isNotNull();
        Sheet glossary = workbook.getSheet("名词解释");
        assertThat(glossary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("第四部分 名词解释");
        assertThat(glossary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("名词");
        assertThat(glossary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("基本支出");
        Sheet goal = workbook.getSheet("绩效目标1");
        assertThat(goal.getRow(1).getCell(0).getStringCellValue()).isEqualTo("商务执法办公经费");
        assertThat(goal.getRow(3).getCell(0).getStringCellValue()).isEqualTo("项目名称");
        Row funds = find(goal, "资金总额");
        assertThat(funds.getCell(2).getNumericCellValue()).isEqualTo(150000.0);
        assertThat(funds.getCell(3).getNumericCellValue()).isEqualTo(150000.0);
        assertThat(texts(find(goal, "重点监督检查企业个数"))).containsExactly("", "", "重点监督检查企业个数", "≥8个");
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
        }
        return out;
    }

    private static Row find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text + " in " + sheet.getSheetName());
    }
}
