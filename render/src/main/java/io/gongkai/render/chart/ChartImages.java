package io.gongkai.render.chart;

import io.gongkai.render.font.CjkFont;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * Draws charts on the server with JFreeChart and the CJK font: as vector graphics for PDF, as PNG images for Word. Amounts become
 * doubles only here, for drawing; labels print the exact decimals. Thread-safe.
 */
public final class ChartImages {

    /** Width of a chart in CSS pixels; images are drawn at twice this for print. */
    public static final int WIDTH = 640;
    /** Height of a chart in CSS pixels. */
    public static final int HEIGHT = 360;

    private static final Color[] PALETTE = {new Color(0x5470c6), new Color(0x91cc75), new Color(0xfac858),
        new Color(0xee6666), new Color(0x73c0de), new Color(0x3ba272), new Color(0xfc8452), new Color(0x9a60b4)};

    private final CjkFont font;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    public ChartImages(CjkFont font) {
        this.font = font;
    }

    /** The chart as a PNG, {@link #WIDTH} × {@link #HEIGHT} drawn at twice the resolution. */
    public byte[] png(ChartData chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart(chart), WIDTH, HEIGHT, 2, 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Draws the chart as vector graphics into an area of a graphics context (a PDF page through openhtmltopdf). */
    public void draw(ChartData chart, Graphics2D graphics, Rectangle2D area) {
        chart(chart).draw(graphics, area);
    }

    /** The styled chart. */
    JFreeChart chart(ChartData chart) {
        JFreeChart drawn = chart.kind().bars() ? bars(chart) : pie(chart);
        theme().apply(drawn);
        drawn.addSubtitle(new TextTitle("单位：万元", font.awt(12f)));
        drawn.setBackgroundPaint(Color.WHITE);
        drawn.setAntiAlias(true);
        drawn.setTextAntiAlias(true);
        if (drawn.getPlot() instanceof PiePlot<?>) {
            @SuppressWarnings("unchecked")
            PiePlot<String> pie = (PiePlot<String>) drawn.getPlot();
            stylePie(pie, chart);
        } else if (drawn.getPlot() instanceof CategoryPlot bar) {
            styleBars(bar);
        }
        return drawn;
    }

    private StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("gongkai");
        theme.setExtraLargeFont(font.awt(18f).deriveFont(Font.BOLD));
        theme.setLargeFont(font.awt(14f));
        theme.setRegularFont(font.awt(12f));
        theme.setSmallFont(font.awt(11f));
        return theme;
    }

    private static JFreeChart pie(ChartData chart) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        chart.slices().forEach(s -> data.setValue(s.label(), s.value()));
        return ChartFactory.createPieChart(chart.title(), data, true, false, false);
    }

    private static JFreeChart bars(ChartData chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        chart.slices().forEach(s -> data.addValue(s.value(), "金额", s.label()));
        return ChartFactory.createBarChart(chart.title(), null, "万元", data, PlotOrientation.HORIZONTAL,
                false, false, false);
    }

    private void stylePie(PiePlot<String> pie, ChartData chart) {
        pie.setBackgroundPaint(Color.WHITE);
        pie.setOutlineVisible(false);
        pie.setShadowPaint(null);
        pie.setLabelFont(font.awt(12f));
        pie.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} {1}万元（{2}）",
                new DecimalFormat("0.00"), new DecimalFormat("0.00%")));
        for (int i = 0; i < chart.slices().size(); i++) {
            pie.setSectionPaint(chart.slices().get(i).label(), PALETTE[i % PALETTE.length]);
        }
        pie.setDefaultSectionOutlineStroke(new BasicStroke(1f));
    }

    private void styleBars(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlineVisible(false);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, PALETTE[0]);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0.00")));
        renderer.setDefaultItemLabelFont(font.awt(12f));
        renderer.setDefaultItemLabelsVisible(true);
        plot.getDomainAxis().setTickLabelFont(font.awt(12f));
        plot.getRangeAxis().setTickLabelFont(font.awt(11f));
        plot.getRangeAxis().setUpperMargin(0.15);
    }
}
