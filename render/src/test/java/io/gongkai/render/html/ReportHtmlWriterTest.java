package io.gongkai.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.Unit;
import io.gongkai.model.UnitType;
import io.gongkai.render.Amounts;
import io.gongkai.render.SeedReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML of seed 000 holds each table's rows with their figures in the right columns. Expected rows are read by
 * hand from the seed's text (000_c275e096c8611f2e.txt, tables 1-13).
 */
class ReportHtmlWriterTest {

    private static Report report;
    private static Document page;

    @BeforeAll
    static void render() throws Exception {
        report = SeedReports.read(SeedReports.SEED_000);
        // The linking variant keeps the page well-formed XML (the inline ECharts script is not), so it can be
        // parsed with the JDK's XML parser.
        String html = ReportHtmlWriter.linkingEcharts("echarts.min.js").html(report);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void summaryTableHasBothSidesOnOneLine() throws Exception {
        List<List<String>> rows = rows(1);
        assertThat(rows).contains(
                List.of("一、一般公共预算", "847.18", "一、一般公共服务支出", "16.93", "", "16.93"),
                List.of("", "", "十六、商业服务业等支出", "1478.65", "788.00", "690.66"),
                List.of("本年收入合计", "847.18", "本年支出合计", "1554.77", "847.18", "707.59"),
                List.of("上年结转", "707.59", "年终结转", "", "", ""),
                List.of("收入总计", "1554.77", "支出总计", "1554.77", "847.18", "707.59"));
        assertThat(rows.get(rows.size() - 1).get(0)).isEqualTo("收入总计");
        assertThat(headerTexts(1)).containsExactly("收入", "支出", "项目", "2024年预算数", "项目", "2024年合计",
                "当年预算安排", "上年结转安排");
    }

    @Test
    void classifiedTablesKeepCodesNamesAndColumns() throws Exception {
        assertThat(rows(2)).contains(
                List.of("", "合计", "847.18", "847.18", "", "", "", "", "707.59"),
                List.of("2160699", "其他涉外发展服务支出", "5.00", "5.00", "", "", "", "", "54.40"),
                List.of("2080505", "机关事业单位基本养老保险缴费支出", "23.08", "23.08", "", "", "", "", ""));
        assertThat(rows(3)).contains(List.of("21602", "商业流通事务", "819.25", "216.00", "603.25"),
                List.of("21699", "其他商业服务业等支出", "600.00", "", "600.00"));
        assertThat(rows(5)).contains(List.of("", "合计", "847.18", "275.18", "572.00"));
        // Rows without codes are indented with ideographic spaces (U+3000), as the template prints them.
        assertThat(rows(6)).contains(List.of("\u3000其他工资福利支出", "工资福利支出", "52.02", "52.02", ""),
                List.of("\u3000退休费", "离退休费", "8.39", "8.39", ""),
                List.of("工资福利支出", "", "260.72", "260.72", ""), List.of("合计", "", "275.18", "271.40", "3.78"));
        // Projects under their unit under the department, indented by ideographic spaces as the template prints.
        assertThat(rows(12)).contains(List.of("长治市屯留区商务发展中心", "572.00", "572.00", "", "", "", ""),
                List.of("\u3000长治市屯留区商务发展中心", "572.00", "572.00", "", "", "", ""),
                List.of("\u3000\u3000商务执法办公经费", "3.00", "3.00", "", "", "", ""),
                List.of("\u3000\u3000长治市屯留区2023年数字消费券发放", "500.00", "500.00", "", "", "", ""));
        assertThat(rows(13)).contains(
                List.of("\u3000\u30002023年省级乡村e镇(第一批)资金", "600.00", "600.00", "", ""));
    }

    @Test
    void headersMergeCellsLikeTheTemplate() throws Exception {
        Element group = (Element) xpath("//div[@id='table-2']//th[.='本年收入']");
        assertThat(group.getAttribute("colspan")).isEqualTo("6");
        Element carryover = (Element) xpath("//div[@id='table-2']//th[.='上年结转']");
        assertThat(carryover.getAttribute("rowspan")).isEqualTo("2");
        Element year = (Element) xpath("//div[@id='table-12']//th[.='2024年财政拨款']");
        assertThat(year.getAttribute("colspan")).isEqualTo("3");
    }

    @Test
    void tablesWithoutDataSaySo() throws Exception {
        for (int number : new int[] {7, 8, 9, 10, 11}) {
            assertThat(text("//div[@id='table-" + number + "']//td[@class='note']")).as("table %d", number)
                    .isEqualTo("注：本表无数据");
        }
        assertThat(rows(10)).contains(List.of("因公出国（境）费", "", "", "", ""),
                List.of("\u3000②公务用车运行维护费", "", "", "", ""));
        assertThat(xpath("//div[@id='table-5']//td[@class='note']")).isNull();
    }

    @Test
    void everyAmountOfEveryTableIsPrinted() throws Exception {
        for (DisclosureTable table : report.tables()) {
            List<String> printed = new ArrayList<>();
            NodeList cells = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                    "//div[@id='table-" + table.number() + "']//td[@class='amount']", page, XPathConstants.NODESET);
            for (int i = 0; i < cells.getLength(); i++) {
                String text = cells.item(i).getTextContent();
                if (!text.isEmpty()) {
                    printed.add(text);
                }
            }
            printed.sort(null);
            assertThat(printed).as("table %d", table.number()).isEqualTo(Amounts.of(table));
        }
    }

    @Test
    void partsNarrativeGlossaryAndGoalsArePresent() throws Exception {
        String all = page.getDocumentElement().getTextContent();
        assertThat(all).contains("第一部分 概况", "承担流通和消费领域数据监测和运行分析", "第二部分 2024年部门预算报表",
                "第三部分 2024年度部门预算情况说明", "十二、其他说明", "预算收入总计1,554.77万元", "第四部分 名词解释",
                "附件 项目支出绩效目标表", "保障性住房建设占用企业场地补偿资金", "市场检查工作覆盖面");
        assertThat(text("//section[@id='glossary']/p[1]/b")).isEqualTo("1．基本支出：");
        assertThat(text("(//table[contains(@class,'goal')])[1]//tr[1]/td[2]")).isEqualTo("商务执法办公经费");
        assertThat(text("(//table[contains(@class,'goal')])[1]//tr[5]/td[2]")).isEqualTo("150000");
    }

    @Test
    void chartsUseTheReportsFigures() {
        String html = ReportHtmlWriter.linkingEcharts("/assets/echarts.min.js").html(report);
        assertThat(html).contains("<script src=\"/assets/echarts.min.js\"></script>")
                .contains("{\"name\":\"一般公共预算\",\"value\":847.18,", "{\"name\":\"上年结转\",\"value\":707.59,")
                .contains("\"data\":[\"社会保障和就业支出\",\"卫生健康支出\",\"商业服务业等支出\",\"住房保障支出\"]")
                .contains("{\"value\":31.93,", "{\"value\":9.94,", "{\"value\":17.31,",
                        "{\"value\":788.00,\"label\":{\"formatter\":\"788.00\"}")
                .contains("“三公”经费分布图：本部门无此项预算，无图可示");
    }

    @Test
    void standalonePageInlinesEcharts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportHtmlWriter.standalone().write(report, out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script src=").contains("echarts.init(document.getElementById(");
        assertThat(html.length()).as("the whole ECharts library is inline").isGreaterThan(900_000);
    }

    @Test
    void everythingFromTheReportIsEscaped() {
        Report hostile = report.withUnit(new Unit("<script>alert('x')</script>&局", null, UnitType.UNKNOWN));
        String html = ReportHtmlWriter.linkingEcharts("e.js").html(hostile);
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;局");
    }

    private static List<List<String>> rows(int table) throws Exception {
        NodeList trs = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//div[@id='table-" + table + "']//tbody/tr", page, XPathConstants.NODESET);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < trs.getLength(); i++) {
            NodeList cells = ((Element) trs.item(i)).getElementsByTagName("td");
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cells.getLength(); c++) {
                row.add(cells.item(c).getTextContent());
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> headerTexts(int table) throws Exception {
        NodeList ths = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//div[@id='table-" + table + "']//th", page, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ths.getLength(); i++) {
            out.add(ths.item(i).getTextContent());
        }
        return out;
    }

    private static Object xpath(String expression) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression, page, XPathConstants.NODE);
    }

    private static String text(String expression) throws Exception {
        Object node = xpath(expression);
        return node == null ? null : ((org.w3c.dom.Node) node).getTextContent();
    }

    /** Seed 003's first 项目支出绩效自评表 (法律顾问服务费, as printed in the seed) is rendered in full. */
    @Test
    void finalAccountsPrintTheirSelfEvaluationTables() {
        String html = ReportHtmlWriter.linkingEcharts("e.js").html(SeedReports.read(SeedReports.SEED_003));
        assertThat(html).contains("<h2>附件 项目支出绩效自评表</h2>", "2023年度项目支出绩效自评表",
                "<td>聘请法律顾问数</td><td>＝2家</td><td>＝2家</td><td>＝2家</td><td class=\"amount\">20</td>"
                        + "<td class=\"amount\">20</td>",
                "<td class=\"label\" colspan=\"6\">总分</td><td class=\"amount\">100</td>"
                        + "<td class=\"amount\">100</td><td>自评等级：优</td>");
    }
}
