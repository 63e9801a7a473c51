package io.gongkai.render.pdf;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import io.gongkai.model.Report;
import io.gongkai.render.chart.ChartImages;
import io.gongkai.render.chart.ChartKind;
import io.gongkai.render.chart.ReportCharts;
import io.gongkai.render.html.ReportHtmlWriter;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.w3c.dom.Element;

/** Draws the chart an object element names, from the report's figures, as vector graphics on the PDF page. */
final class ChartObjectDrawer implements FSObjectDrawer {

    private final Report report;
    private final ChartImages charts;

    ChartObjectDrawer(Report report, ChartImages charts) {
        this.report = report;
        this.charts = charts;
    }

    @Override
    public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
                                         OutputDevice device, RenderingContext context, int dotsPerPixel) {
        ChartKind kind = ChartKind.valueOf(element.getAttribute(ReportHtmlWriter.CHART_KIND_ATTRIBUTE));
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        device.drawWithGraphics((float) x, (float) y, w, h, graphics -> {
            if (graphics instanceof PdfBoxGraphics2D pdf) {
                // Chart text as outlines: the page's CJK font subset is not available to this graphics context,
                // and chart labels are not table text a reader should extract.
                pdf.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawer());
            }
            charts.draw(ReportCharts.of(report, kind), graphics, new Rectangle2D.Float(0, 0, w, h));
        });
        return null;
    }
}
