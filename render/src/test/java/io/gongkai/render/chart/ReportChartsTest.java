package io.gongkai.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.render.SeedReports;
import io.gongkai.render.chart.ChartData.Slice;
import io.gongkai.render.font.CjkFontLocator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The charts' figures come from the tables (values read by hand from seeds 000 and 001), and images are drawn. */
class ReportChartsTest {

    @Test
    void seed000Charts() {
        Report report = SeedReports.read(SeedReports.SEED_000);
        assertThat(ReportCharts.of(report, ChartKind.INCOME_BY_SOURCE).slices())
                .containsExactly(slice("一般公共预算", "847.18"), slice("上年结转", "707.59"));
        assertThat(ReportCharts.of(report, ChartKind.BASIC_VS_PROJECT).slices())
                .containsExactly(slice("基本支出", "275.18"), slice("项目支出", "1279.59"));
        assertThat(ReportCharts.of(report, ChartKind.GPB_BY_CLASS).slices()).containsExactly(
                slice("社会保障和就业支出", "31.93"), slice("卫生健康支出", "9.94"), slice("商业服务业等支出", "788.00"),
                slice("住房保障支出", "17.31"));
        ChartData threePublic = ReportCharts.of(report, ChartKind.THREE_PUBLIC);
        assertThat(threePublic.isEmpty()).isTrue();
        assertThat(threePublic.emptyText()).isEqualTo("“三公”经费分布图：本部门无此项预算，无图可示");
    }

    @Test
    void seed001ThreePublicSplitsVehicles() {
        ChartData chart = ReportCharts.of(SeedReports.read(SeedReports.SEED_001), ChartKind.THREE_PUBLIC);
        // Table 10 of 001: 合计 10.00 = 公务接待费 1.00 + ②公务用车运行维护费 9.00 (no travel abroad, no purchase).
        assertThat(chart.slices()).containsExactly(slice("公务接待费", "1.00"), slice("公务用车运行维护费", "9.00"));
        assertThat(chart.total()).isEqualByComparingTo("10.00");
    }

    @Test
    void imagesAreDrawnAtTwiceTheSize() throws Exception {
        ChartImages images = new ChartImages(CjkFontLocator.system().locate());
        for (ChartData chart : ReportCharts.of(SeedReports.read(SeedReports.SEED_000))) {
            if (chart.isEmpty()) {
                continue;
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(images.png(chart)));
            assertThat(image.getWidth()).isEqualTo(2 * ChartImages.WIDTH);
            assertThat(image.getHeight()).isEqualTo(2 * ChartImages.HEIGHT);
        }
    }

    @Test
    void echartsOptionsCarryExactAmounts() {
        String json = EchartsOptions.json(ReportCharts.of(SeedReports.read(SeedReports.SEED_000),
                ChartKind.BASIC_VS_PROJECT));
        assertThat(json).contains("\"type\":\"pie\"", "{\"name\":\"基本支出\",\"value\":275.18,",
                "{\"name\":\"项目支出\",\"value\":1279.59,");
    }

    @Test
    void echartsLabelsAndTooltipsPrintTwoDecimalsAndExactShares() {
        ChartData pie = new ChartData(ChartKind.BASIC_VS_PROJECT,
                java.util.List.of(slice("基本支出", "788"), slice("项目支出", "212.5")));
        assertThat(EchartsOptions.json(pie)).contains(
                "\"label\":{\"formatter\":\"基本支出\\n788.00万元（78.76%）\"}",
                "\"tooltip\":{\"formatter\":\"项目支出：212.50万元（21.24%）\"}");
        ChartData bars = new ChartData(ChartKind.GPB_BY_CLASS, java.util.List.of(slice("农林水支出", "787.7")));
        assertThat(EchartsOptions.json(bars)).contains("\"label\":{\"formatter\":\"787.70\"}",
                "\"tooltip\":{\"formatter\":\"农林水支出：787.70万元\"}");
    }

    /** Figures from seed 003's 公开02, 公开03 (and its 情况说明) and 公开05 as printed. */
    @Test
    void finalAccountsChartsComeFromTheFinalAccountsTablesWithTheirOwnTitles() {
        Report report = SeedReports.read(SeedReports.SEED_003);
        ChartData income = ReportCharts.of(report, ChartKind.INCOME_BY_SOURCE);
        assertThat(income.title()).isEqualTo("收入决算图");
        assertThat(income.section()).isEqualTo("二");
        assertThat(income.slices()).containsExactly(slice("财政拨款收入", "1441.24"));
        assertThat(ReportCharts.of(report, ChartKind.BASIC_VS_PROJECT).slices())
                .containsExactly(slice("基本支出", "301.45"), slice("项目支出", "1139.80"));
        assertThat(ReportCharts.of(report, ChartKind.GPB_BY_CLASS).slices()).extracting(Slice::value)
                .containsExactly(new BigDecimal("434.88"), new BigDecimal("40.36"), new BigDecimal("12.61"),
                        new BigDecimal("787.70"), new BigDecimal("144.00"), new BigDecimal("21.69"));
        assertThat(ReportCharts.of(report, ChartKind.THREE_PUBLIC).section()).isEqualTo("九");
    }

    @Test
    void jfreechartLabelsPrintTwoDecimals() {
        ChartImages images = new ChartImages(CjkFontLocator.system().locate());
        ChartData pie = new ChartData(ChartKind.BASIC_VS_PROJECT,
                java.util.List.of(slice("基本支出", "788"), slice("项目支出", "212")));
        @SuppressWarnings("unchecked")
        org.jfree.chart.plot.PiePlot<String> plot = (org.jfree.chart.plot.PiePlot<String>) images.chart(pie).getPlot();
        assertThat(plot.getLabelGenerator().generateSectionLabel(plot.getDataset(), "基本支出"))
                .isEqualTo("基本支出 788.00万元（78.80%）");
        ChartData bars = new ChartData(ChartKind.GPB_BY_CLASS, java.util.List.of(slice("农林水支出", "788")));
        org.jfree.chart.plot.CategoryPlot bar = (org.jfree.chart.plot.CategoryPlot) images.chart(bars).getPlot();
        assertThat(bar.getRenderer().getDefaultItemLabelGenerator().generateLabel(bar.getDataset(), 0, 0))
                .isEqualTo("788.00");
    }

    private static Slice slice(String label, String value) {
        return new Slice(label, new BigDecimal(value));
    }
}
