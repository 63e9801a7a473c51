package io.gongkai.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.render.Amounts;
import io.gongkai.render.SeedReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Word document of seed 000 read back with XWPF: real tables with the model's figures, charts as pictures. */
class ReportDocxWriterTest {

    private static Report report;
    private static XWPFDocument document;

    @BeforeAll
    static void render() throws Exception {
        report = SeedReports.read(SeedReports.SEED_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportDocxWriter.withSystemFont().write(report, out);
        document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void oneWordTablePerStandardTableThenThreePerGoal() {
        assertThat(document.getTables()).hasSize(report.tables().size() + 3 * report.performanceGoals().size());
    }

    @Test
    void everyAmountOfEveryTableIsInItsWordTable() {
        for (int i = 0; i < report.tables().size(); i++) {
            DisclosureTable table = report.tables().get(i);
            List<String> numbers = new ArrayList<>();
            XWPFTable word = document.getTables().get(i);
            for (XWPFTableRow row : word.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    if (cell.getText().matches("-?\\d+\\.\\d{2}")) {
                        numbers.add(cell.getText());
                    }
                }
            }
            numbers.sort(null);
            assertThat(numbers).as("table %d", table.number()).isEqualTo(Amounts.of(table));
        }
    }

    @Test
    void rowsReadLikeThePublishedTables() {
        assertThat(rows(document.getTables().get(0))).contains(
                List.of("", "", "十六、商业服务业等支出", "1478.65", "788.00", "690.66"),
                List.of("收入总计", "1554.77", "支出总计", "1554.77", "847.18", "707.59"));
        assertThat(rows(document.getTables().get(1))).contains(
                List.of("2160699", "其他涉外发展服务支出", "5.00", "5.00", "", "", "", "", "54.40"));
        assertThat(rows(document.getTables().get(5))).contains(
                List.of("其他工资福利支出", "工资福利支出", "52.02", "52.02", ""));
        // Header of table 2: 项目 over two columns (gridSpan 2), 本年收入 over six, 上年结转 merged down (vMerge).
        XWPFTableRow header = document.getTables().get(1).getRow(0);
        assertThat(header.getTableCells()).extracting(XWPFTableCell::getText)
                .containsExactly("项目", "本年收入", "上年结转");
        assertThat(header.getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(6);
        assertThat(document.getTables().get(6).getText()).contains("注：本表无数据");
    }

    @Test
    void textAndChartsAreThere() {
        StringBuilder text = new StringBuilder();
        document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
        assertThat(text).contains("第一部分 概况", "2024年预算收支总表", "十二、其他说明", "第四部分 名词解释",
                "“三公”经费分布图：本部门无此项预算，无图可示");
        // Seed 000 has income, expenditure and 一般公共预算 charts; it has no 三公 money, so no 三公 chart.
        assertThat(document.getAllPictures()).hasSize(3);
        assertThat(document.getAllPictures().get(0).getData()).startsWith(0x89, 'P', 'N', 'G');
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> out = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            out.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
        }
        return out;
    }
}
