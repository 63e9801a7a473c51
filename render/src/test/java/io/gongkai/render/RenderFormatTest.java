package io.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.TableType;
import io.gongkai.model.Unit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Formats by name, and a report with almost nothing in it still renders in every format. */
class RenderFormatTest {

    @Test
    void formatsByExtension() {
        assertThat(RenderFormat.named("PDF")).isEqualTo(RenderFormat.PDF);
        assertThat(RenderFormat.named("docx")).isEqualTo(RenderFormat.DOCX);
        assertThat(RenderFormat.named("odt")).isNull();
    }

    @Test
    void aNearlyEmptyReportRendersInEveryFormat() throws Exception {
        Report bare = new Report(ReportKind.BUDGET, 2025, new Unit("某某局", null, null), null,
                List.of(new DisclosureTable(TableType.THREE_PUBLIC, "", true, List.of(), null)), null, List.of(),
                List.of(), List.of(), null, null, List.of(), List.of(), null);
        for (RenderFormat format : RenderFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.writer().write(bare, out);
            byte[] bytes = out.toByteArray();
            String text = switch (format) {
                case HTML -> new String(bytes, StandardCharsets.UTF_8);
                case PDF -> {
                    try (PDDocument pdf = Loader.loadPDF(bytes)) {
                        yield new PDFTextStripper().getText(pdf);
                    }
                }
                case XLSX -> {
                    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                        yield book.getSheet("表10").getRow(1).getCell(0).getStringCellValue() + " "
                                + book.getSheet("表10").getRow(book.getSheet("表10").getLastRowNum()).getCell(0)
                                        .getStringCellValue();
                    }
                }
                case DOCX -> {
                    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                        StringBuilder all = new StringBuilder();
                        doc.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
                        doc.getTables().forEach(t -> all.append(t.getText()));
                        yield all.toString();
                    }
                }
            };
            assertThat(text).as(format.name())
                    .contains("2025年财政拨款安排“三公”经费支出预算表", "注：本表无数据");
        }
    }
}
