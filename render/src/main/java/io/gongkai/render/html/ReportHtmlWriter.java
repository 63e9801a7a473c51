package io.gongkai.render.html;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.GlossaryEntry;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Overview;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.render.ReportWriter;
import io.gongkai.render.chart.ChartData;
import io.gongkai.render.chart.EchartsOptions;
import io.gongkai.render.chart.ReportCharts;
import io.gongkai.render.findings.Html;
import io.gongkai.render.layout.CellGrid;
import io.gongkai.render.layout.GoalGrids;
import io.gongkai.render.layout.ReportTexts;
import io.gongkai.render.layout.SelfEvaluationGrids;
import io.gongkai.render.layout.TableGrid;
import io.gongkai.render.layout.TableGrids;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as one HTML page in the official layout. The markup is well-formed XHTML, so the PDF writer
 * renders the same page. Everything from the report is escaped. Immutable and thread-safe.
 */
public final class ReportHtmlWriter implements ReportWriter {

    /** The classpath resource of the ECharts script, copied from the ECharts webjar at build time. */
    public static final String ECHARTS_RESOURCE = "/io/gongkai/render/html/echarts.min.js";

    /** How charts are drawn. */
    private enum ChartMode { ECHARTS_INLINE, ECHARTS_LINKED, OBJECTS }

    /** The type of the object elements that stand for charts in {@link #withChartObjects()} pages. */
    public static final String CHART_OBJECT_TYPE = "application/x-gongkai-chart";

    /** The attribute of a chart object naming its {@link io.gongkai.render.chart.ChartKind}. */
    public static final String CHART_KIND_ATTRIBUTE = "data-chart-kind";

    private final ChartMode mode;
    private final String echartsUrl;

    private ReportHtmlWriter(ChartMode mode, String echartsUrl) {
        this.mode = mode;
        this.echartsUrl = echartsUrl;
    }

    /** A self-contained page: the ECharts script is inlined (about 1 MB), no network needed. */
    public static ReportHtmlWriter standalone() {
        return new ReportHtmlWriter(ChartMode.ECHARTS_INLINE, null);
    }

    /** A page that loads ECharts from a URL the application serves (for example from {@link #ECHARTS_RESOURCE}). */
    public static ReportHtmlWriter linkingEcharts(String url) {
        return new ReportHtmlWriter(ChartMode.ECHARTS_LINKED, url);
    }

    /**
     * A page whose charts are {@code <object type="application/x-gongkai-chart" data-chart-kind="...">} elements
     * for a renderer to draw itself (the PDF writer draws them as vector graphics), and no script.
     */
    public static ReportHtmlWriter withChartObjects() {
        return new ReportHtmlWriter(ChartMode.OBJECTS, null);
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(html(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The whole page. */
    public String html(Report report) {
        Page page = new Page(report);
        page.render();
        return page.out.toString();
    }

    /** One page being written. */
    private final class Page {
        private final Report report;
        private final StringBuilder out = new StringBuilder(256 * 1024);
        private final List<String> chartScripts = new ArrayList<>();

        Page(Report report) {
            this.report = report;
        }

        void render() {
            out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n")
                    .append("<meta charset=\"utf-8\"/>\n<title>").append(text(ReportTexts.documentTitle(report)))
                    .append("</title>\n<style>\n").append(HtmlStyle.CSS).append("</style>\n");
            if (mode == ChartMode.ECHARTS_LINKED) {
                out.append("<script src=\"").append(text(echartsUrl)).append("\"></script>\n");
            }
            out.append("</head>\n<body>\n");
            cover();
            overview();
            tables();
            narrative();
            glossary();
            goals();
            selfEvaluations();
            scripts();
            out.append("</body>\n</html>\n");
        }

        private void cover() {
            out.append("<div class=\"cover\">\n<p class=\"cover-unit\">").append(text(ReportTexts.unitName(report)))
                    .append("</p>\n<h1>").append(report.year()).append("年").append(ReportTexts.kindName(report))
                    .append("公开</h1>\n<div class=\"contents\">\n<h2>目　录</h2>\n<ol>\n");
            for (String part : parts()) {
                out.append("<li>").append(text(part)).append("</li>\n");
            }
            out.append("</ol>\n</div>\n</div>\n");
        }

        private List<String> parts() {
            List<String> parts = new ArrayList<>();
            if (hasOverview()) {
                parts.add(ReportTexts.overviewPart());
            }
            parts.add(ReportTexts.tablesPart(report));
            for (DisclosureTable table : report.tables()) {
                parts.add("　　" + TableGrids.label(table.type()) + " " + title(table));
            }
            parts.add(ReportTexts.narrativePart(report));
            if (!report.glossary().isEmpty()) {
                parts.add(ReportTexts.glossaryPart());
            }
            if (!report.performanceGoals().isEmpty()) {
                parts.add(ReportTexts.goalsPart());
            }
            if (!report.selfEvaluations().isEmpty()) {
                parts.add(ReportTexts.selfEvaluationsPart());
            }
            return parts;
        }

        private boolean hasOverview() {
            Overview o = report.overview();
            return !o.duties().isEmpty() || !o.organisation().isBlank();
        }

        private void overview() {
            if (!hasOverview()) {
                return;
            }
            Overview o = report.overview();
            out.append("<section class=\"part\" id=\"overview\">\n<h2>").append(text(ReportTexts.overviewPart()))
                    .append("</h2>\n");
            if (!o.duties().isEmpty()) {
                out.append("<h3>一、部门职责</h3>\n");
                for (int i = 0; i < o.duties().size(); i++) {
                    out.append("<p>（").append(ReportTexts.ordinal(i + 1)).append("）")
                            .append(text(o.duties().get(i))).append("</p>\n");
                }
            }
            if (!o.organisation().isBlank()) {
                out.append("<h3>二、机构设置</h3>\n<p>").append(text(o.organisation())).append("</p>\n");
            }
            out.append("</section>\n");
        }

        private void tables() {
            out.append("<section class=\"part tables\" id=\"tables\">\n<h2>")
                    .append(text(ReportTexts.tablesPart(report))).append("</h2>\n");
            for (DisclosureTable table : report.tables()) {
                TableGrid grid = TableGrids.of(table, report.year());
                out.append("<div class=\"table-block\" id=\"table-").append(table.number()).append("\">\n")
                        .append("<p class=\"table-label\">").append(text(grid.label())).append("</p>\n")
                        .append("<h3 class=\"table-title\">").append(text(grid.title())).append("</h3>\n")
                        .append("<table class=\"meta\"><tr><td>").append(text(ReportTexts.unitLine(report)))
                        .append("</td><td class=\"right\">").append(text(ReportTexts.moneyLine()))
                        .append("</td></tr></table>\n");
                grid(grid.cells(), "grid");
                out.append("</div>\n");
            }
            out.append("</section>\n");
        }

        private String title(DisclosureTable table) {
            return TableGrids.title(table, report.year());
        }

        private void narrative() {
            List<ChartData> charts = ReportCharts.of(report);
            out.append("<section class=\"part\" id=\"narrative\">\n<h2>")
                    .append(text(ReportTexts.narrativePart(report))).append("</h2>\n");
            List<ChartData> placed = new ArrayList<>();
            for (NarrativeSection section : report.narrative().sections()) {
                out.append("<h3>").append(text(section.number())).append("、").append(text(section.title()))
                        .append("</h3>\n");
                for (String paragraph : section.text().split("\\R")) {
                    if (!paragraph.isBlank()) {
                        out.append("<p>").append(text(paragraph.strip())).append("</p>\n");
                    }
                }
                for (ChartData chart : charts) {
                    if (chart.section().equals(section.number()) && !placed.contains(chart)) {
                        chart(chart);
                        placed.add(chart);
                    }
                }
            }
            for (ChartData chart : charts) {
                if (!placed.contains(chart)) {
                    chart(chart);
                }
            }
            out.append("</section>\n");
        }

        private void chart(ChartData chart) {
            out.append("<div class=\"chart-block\">\n");
            if (chart.isEmpty()) {
                out.append("<p class=\"chart-empty\">").append(text(chart.emptyText())).append("</p>\n");
            } else if (mode == ChartMode.OBJECTS) {
                out.append("<object class=\"chart\" type=\"").append(CHART_OBJECT_TYPE).append("\" ")
                        .append(CHART_KIND_ATTRIBUTE).append("=\"").append(chart.kind().name())
                        .append("\" title=\"").append(text(chart.title())).append("\"></object>\n");
            } else {
                String id = "gk-chart-" + chart.kind().name().toLowerCase(java.util.Locale.ROOT);
                out.append("<div class=\"chart\" id=\"").append(id).append("\" data-chart=\"")
                        .append(text(chart.title())).append("\"></div>\n");
                chartScripts.add("echarts.init(document.getElementById('" + id + "')).setOption("
                        + scriptSafe(EchartsOptions.json(chart)) + ");");
            }
            out.append("</div>\n");
        }

        private void glossary() {
            if (report.glossary().isEmpty()) {
                return;
            }
            out.append("<section class=\"part\" id=\"glossary\">\n<h2>").append(text(ReportTexts.glossaryPart()))
                    .append("</h2>\n");
            int n = 1;
            for (GlossaryEntry entry : report.glossary()) {
                out.append("<p class=\"term\"><b>").append(n++).append("．").append(text(entry.term()))
                        .append("：</b>").append(text(entry.definition())).append("</p>\n");
            }
            out.append("</section>\n");
        }

        private void goals() {
            if (report.performanceGoals().isEmpty()) {
                return;
            }
            out.append("<section class=\"part goals\" id=\"goals\">\n<h2>").append(text(ReportTexts.goalsPart()))
                    .append("</h2>\n");
            for (PerformanceGoal goal : report.performanceGoals()) {
                out.append("<div class=\"goal-block\">\n<h3 class=\"table-title\">")
                        .append(report.year()).append("年项目支出绩效目标表</h3>\n")
                        .append("<table class=\"meta\"><tr><td>").append(text(goal.projectName()))
                        .append("</td><td class=\"right\">单位：元</td></tr></table>\n");
                grid(GoalGrids.form(goal), "grid goal");
                out.append("<p class=\"caption\">实施期绩效指标</p>\n");
                grid(GoalGrids.indicators(goal.periodIndicators()), "grid indicators");
                out.append("<p class=\"caption\">年度绩效指标</p>\n");
                grid(GoalGrids.indicators(goal.annualIndicators()), "grid indicators");
                out.append("</div>\n");
            }
            out.append("</section>\n");
        }

        private void selfEvaluations() {
            if (report.selfEvaluations().isEmpty()) {
                return;
            }
            out.append("<section class=\"part goals\" id=\"self-evaluations\">\n<h2>")
                    .append(text(ReportTexts.selfEvaluationsPart())).append("</h2>\n");
            for (SelfEvaluation evaluation : report.selfEvaluations()) {
                out.append("<div class=\"goal-block\">\n<h3 class=\"table-title\">")
                        .append(text(ReportTexts.selfEvaluationTitle(report, evaluation))).append("</h3>\n");
                grid(SelfEvaluationGrids.of(evaluation), "grid goal self-evaluation");
                out.append("</div>\n");
            }
            out.append("</section>\n");
        }

        private void scripts() {
            if (chartScripts.isEmpty()) {
                return;
            }
            if (mode == ChartMode.ECHARTS_INLINE) {
                out.append("<script>").append(scriptSafe(echartsScript())).append("</script>\n");
            }
            out.append("<script>\n");
            chartScripts.forEach(s -> out.append(s).append('\n'));
            out.append("</script>\n");
        }

        /** One table: header rows in thead (repeated on each printed page), the rest in tbody. */
        private void grid(CellGrid grid, String cssClass) {
            out.append("<table class=\"").append(cssClass).append("\">\n");
            out.append(grid.headerRows() > 0 ? "<thead>\n" : "<tbody>\n");
            for (int r = 0; r < grid.rows(); r++) {
                if (r == grid.headerRows() && r > 0) {
                    out.append("</thead>\n<tbody>\n");
                }
                List<CellGrid.Cell> cells = grid.row(r);
                boolean emphasis = cells.stream().anyMatch(CellGrid.Cell::emphasis);
                out.append(emphasis ? "<tr class=\"em\">" : "<tr>");
                boolean codedRow = cells.stream().anyMatch(c -> c.kind() == CellGrid.Kind.CODE && !c.text().isEmpty());
                for (CellGrid.Cell cell : cells) {
                    cell(cell, codedRow);
                }
                out.append("</tr>\n");
            }
            if (grid.rows() <= grid.headerRows() && grid.headerRows() > 0) {
                out.append("</thead>\n<tbody>\n");
            }
            out.append("</tbody>\n</table>\n");
        }

        private void cell(CellGrid.Cell cell, boolean codedRow) {
            String tag = cell.kind() == CellGrid.Kind.HEADER ? "th" : "td";
            out.append('<').append(tag);
            String css = switch (cell.kind()) {
                case AMOUNT, COUNT -> "amount";
                case LINE_NUMBER -> "line-number";
                case CODE -> "code";
                case NAME -> codedRow ? "name indent-" + Math.min(cell.indent(), 3) : "name";
                case LABEL -> "label";
                case NOTE -> "note";
                default -> null;
            };
            if (css != null) {
                out.append(" class=\"").append(css).append('"');
            }
            if (cell.rowSpan() > 1) {
                out.append(" rowspan=\"").append(cell.rowSpan()).append('"');
            }
            if (cell.columnSpan() > 1) {
                out.append(" colspan=\"").append(cell.columnSpan()).append('"');
            }
            out.append('>');
            if (cell.kind() == CellGrid.Kind.NAME && cell.indent() > 0 && !codedRow) {
                // Rows without codes (units and projects, economic items, ①②) are indented with ideographic
                // spaces as the template prints them, so the level survives in the text of the PDF.
                out.append("\u3000".repeat(cell.indent()));
            }
            out.append(text(cell.text())).append("</").append(tag).append('>');
        }
    }

    /** Text safe in element content and attributes of HTML and XML (control characters dropped). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE
                && c != 0xFFFF && (c < 0xD800 || c > 0xDFFF))).forEach(clean::appendCodePoint);
        return Html.escape(clean.toString());
    }

    /** Script text that cannot end its script element early. */
    private static String scriptSafe(String script) {
        return script.replace("</", "<\\/");
    }

    private static String echartsScript() {
        return EchartsScript.TEXT;
    }

    /** The ECharts script, read once when first needed. */
    private static final class EchartsScript {
        static final String TEXT = read();
    }

    private static String read() {
        try (InputStream in = ReportHtmlWriter.class.getResourceAsStream(ECHARTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("echarts.min.js missing from the render jar (build error)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
