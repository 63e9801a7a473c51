package io.gongkai.server.report;

import io.gongkai.store.StoredReport;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The rows of the report list's table ({@code list.html}), written directly rather than as template expressions.
 * A list page shows 50 reports of 12 cells each; evaluating those 600 expressions took about half of the page's
 * CPU time (a JFR profile under wrk, see docs/benchmarks.md, "Web application"). Every text is HTML-escaped.
 */
final class ReportListRows {

    private ReportListRows() {
    }

    /**
     * The {@code <tr>} elements of the reports, in order.
     *
     * @param contextPath the application's context path ("" at the root), for the links to the report pages
     */
    static String html(List<StoredReport> reports, String contextPath) {
        StringBuilder html = new StringBuilder(reports.size() * 600);
        for (StoredReport r : reports) {
            String name = escape(r.unit().name());
            html.append("<tr class=\"report-row\">")
                    .append("<td><input type=\"checkbox\" name=\"ids\" value=\"").append(r.id())
                    .append("\" aria-label=\"比较 ").append(name).append("\"></td>")
                    .append("<td><a href=\"").append(escape(contextPath)).append("/reports/").append(r.id())
                    .append("\">").append(name).append("</a></td>")
                    .append("<td>").append(escape(r.unit().region())).append("</td>")
                    .append("<td>").append(r.year()).append("</td>")
                    .append("<td>").append(r.kindLabel()).append("</td>")
                    .append("<td>v").append(r.version()).append("</td>")
                    .append("<td class=\"num\">").append(amount(r.figures().expenditureTotal())).append("</td>")
                    .append("<td class=\"num\"><span").append(r.errors() > 0 ? " class=\"sev ERROR\"" : "")
                    .append('>').append(r.errors()).append("</span></td>")
                    .append("<td class=\"num\">").append(r.warnings()).append("</td>")
                    .append("<td class=\"num\">").append(r.infos()).append("</td>")
                    .append("<td class=\"num\">").append(r.tableCount()).append('/')
                    .append(r.standardTableCount()).append("</td>")
                    .append("<td>").append(escape(r.status())).append("</td>")
                    .append("</tr>\n");
        }
        return html.toString();
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
