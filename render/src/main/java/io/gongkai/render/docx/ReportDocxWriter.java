package io.gongkai.render.docx;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.GlossaryEntry;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Overview;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.render.ReportWriter;
import io.gongkai.render.chart.ChartData;
import io.gongkai.render.chart.ChartImages;
import io.gongkai.render.chart.ReportCharts;
import io.gongkai.render.font.CjkFontLocator;
import io.gongkai.render.layout.GoalGrids;
import io.gongkai.render.layout.ReportTexts;
import io.gongkai.render.layout.SelfEvaluationGrids;
import io.gongkai.render.layout.TableGrid;
import io.gongkai.render.layout.TableGrids;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes a report as a DOCX document: cover, 概况, each table (label, title, 部门名称/单位 line, a Word table with
 * the official header), 情况说明 with the chart images after the sections they illustrate, 名词解释 and the 绩效目标表.
 * The CJK font (for the chart images) is found when writing. Thread-safe.
 */
public final class ReportDocxWriter implements ReportWriter {

    private final CjkFontLocator fonts;

    public ReportDocxWriter(CjkFontLocator fonts) {
        this.fonts = fonts;
    }

    /** A writer drawing charts with the system's CJK font. */
    public static ReportDocxWriter withSystemFont() {
        return new ReportDocxWriter(CjkFontLocator.system());
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ChartImages images = new ChartImages(fonts.locate());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (XWPFDocument document = new XWPFDocument()) {
            landscape(document);
            Writer writer = new Writer(document, report, images);
            writer.cover();
            writer.overview();
            writer.tables();
            writer.narrative();
            writer.glossary();
            writer.goals();
            writer.selfEvaluations();
            document.write(bytes);
        }
        bytes.writeTo(out);
        out.flush();
    }

    /** A4 landscape with 2 cm margins, like the PDF: the tables need the width. */
    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1134));
    }

    /** One document being written. */
    private static final class Writer {
        private final XWPFDocument document;
        private final Report report;
        private final ChartImages images;

        Writer(XWPFDocument document, Report report, ChartImages images) {
            this.document = document;
            this.report = report;
            this.images = images;
        }

        void cover() {
            paragraph(ReportTexts.unitName(report), 20, true, ParagraphAlignment.CENTER, false);
            paragraph(report.year() + "年" + ReportTexts.kindName(report) + "公开", 26, true,
                    ParagraphAlignment.CENTER, false);
        }

        void overview() {
            Overview o = report.overview();
            if (o.duties().isEmpty() && o.organisation().isBlank()) {
                return;
            }
            part(ReportTexts.overviewPart());
            heading("一、部门职责");
            for (int i = 0; i < o.duties().size(); i++) {
                body("（" + ReportTexts.ordinal(i + 1) + "）" + o.duties().get(i));
            }
            heading("二、机构设置");
            body(o.organisation());
        }

        void tables() {
            part(ReportTexts.tablesPart(report));
            boolean first = true;
            for (DisclosureTable table : report.tables()) {
                TableGrid grid = TableGrids.of(table, report.year());
                XWPFParagraph label = paragraph(grid.label(), 9, false, ParagraphAlignment.RIGHT, !first);
                label.setSpacingAfter(0);
                paragraph(grid.title(), 14, true, ParagraphAlignment.CENTER, false);
                paragraph(ReportTexts.unitLine(report) + "　　　　" + ReportTexts.moneyLine(), 9, false,
                        ParagraphAlignment.LEFT, false);
                DocxTables.write(document, grid.cells());
                first = false;
            }
        }

        void narrative() {
            part(ReportTexts.narrativePart(report));
            List<ChartData> charts = ReportCharts.of(report);
            List<ChartData> placed = new ArrayList<>();
            for (NarrativeSection section : report.narrative().sections()) {
                heading(section.number() + "、" + section.title());
                for (String text : section.text().split("\\R")) {
                    if (!text.isBlank()) {
                        body(text.strip());
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
        }

        void glossary() {
            if (report.glossary().isEmpty()) {
                return;
            }
            part(ReportTexts.glossaryPart());
            int n = 1;
            for (GlossaryEntry entry : report.glossary()) {
                XWPFParagraph p = document.createParagraph();
                p.setIndentationFirstLine(480);
                run(p, n++ + "．" + entry.term() + "：", 11, true);
                run(p, entry.definition(), 11, false);
            }
        }

        void goals() {
            if (report.performanceGoals().isEmpty()) {
                return;
            }
            part(ReportTexts.goalsPart());
            boolean first = true;
            for (PerformanceGoal goal : report.performanceGoals()) {
                paragraph(report.year() + "年项目支出绩效目标表", 14, true, ParagraphAlignment.CENTER, !first);
                paragraph(goal.projectName() + "　　　　单位：元", 9, false, ParagraphAlignment.LEFT, false);
                DocxTables.write(document, GoalGrids.form(goal));
                paragraph("实施期绩效指标", 10.5, true, ParagraphAlignment.LEFT, false);
                DocxTables.write(document, GoalGrids.indicators(goal.periodIndicators()));
                paragraph("年度绩效指标", 10.5, true, ParagraphAlignment.LEFT, false);
                DocxTables.write(document, GoalGrids.indicators(goal.annualIndicators()));
                first = false;
            }
        }

        void selfEvaluations() {
            if (report.selfEvaluations().isEmpty()) {
                return;
            }
            part(ReportTexts.selfEvaluationsPart());
            boolean first = true;
            for (SelfEvaluation evaluation : report.selfEvaluations()) {
                paragraph(ReportTexts.selfEvaluationTitle(report, evaluation), 14, true, ParagraphAlignment.CENTER,
                        !first);
                DocxTables.write(document, SelfEvaluationGrids.of(evaluation));
                first = false;
            }
        }

        private void chart(ChartData chart) {
            if (chart.isEmpty()) {
                paragraph(chart.emptyText(), 10.5, false, ParagraphAlignment.CENTER, false);
                return;
            }
            XWPFParagraph p = document.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            try {
                p.createRun().addPicture(new ByteArrayInputStream(images.png(chart)), PictureType.PNG,
                        chart.kind().name().toLowerCase(java.util.Locale.ROOT) + ".png",
                        Units.toEMU(ChartImages.WIDTH * 0.68), Units.toEMU(ChartImages.HEIGHT * 0.68));
            } catch (InvalidFormatException | IOException e) {
                throw new IllegalStateException("chart image not accepted by POI", e);
            }
            paragraph(chart.title(), 9, false, ParagraphAlignment.CENTER, false);
        }

        private void part(String title) {
            paragraph(title, 16, true, ParagraphAlignment.CENTER, true);
        }

        private void heading(String text) {
            paragraph(text, 12, true, ParagraphAlignment.LEFT, false);
        }

        private void body(String text) {
            XWPFParagraph p = document.createParagraph();
            p.setIndentationFirstLine(480);
            run(p, text, 11, false);
        }

        private XWPFParagraph paragraph(String text, double size, boolean bold, ParagraphAlignment alignment,
                                        boolean pageBreak) {
            XWPFParagraph p = document.createParagraph();
            p.setAlignment(alignment);
            p.setPageBreak(pageBreak);
            run(p, text, size, bold);
            return p;
        }
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily("宋体");
        return run;
    }
}
