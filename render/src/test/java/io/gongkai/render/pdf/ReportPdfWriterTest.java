package io.gongkai.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.render.RenderException;
import io.gongkai.render.SeedReports;
import io.gongkai.render.font.CjkFontLocator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs of seeds 000, 001 and 004 read back with PDFBox: titles and figures (read by hand from the seeds and
 * DOMAIN.md) are extractable text, one table row per line, the CJK font is embedded, no glyph is doubled.
 */
class ReportPdfWriterTest {

    private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    @Test
    void seed000TablesReadBackAsLines() throws IOException {
        String text = text(SeedReports.SEED_000);
        assertThat(text).contains("长治市屯留区商务发展中心", "2024年部门预算公开", "2024年预算收支总表",
                "2024年一般公共预算安排基本支出分经济科目表（不含上年结转）", "注：本表无数据", "第四部分 名词解释");
        assertThat(lines(text)).contains(
                "十六、商业服务业等支出 1478.65 788.00 690.66",
                "收入总计 1554.77 支出总计 1554.77 847.18 707.59",
                "2160699 其他涉外发展服务支出 5.00 5.00 54.40",
                "21602 商业流通事务 819.25 216.00 603.25",
                "其他工资福利支出 工资福利支出 52.02 52.02",
                "商务执法办公经费 3.00 3.00",
                "2023年省级乡村e镇(第一批)资金 600.00 600.00");
        assertThat(text).doesNotContain("合计合计", "847.18847.18", "收入收入");
    }

    @Test
    void seed001And004KeyFigures() throws IOException {
        String xinzhou = text(SeedReports.SEED_001);
        assertThat(xinzhou).contains("忻州市商务局", "1024.87", "财政拨款安排“三公”经费支出预算表");
        assertThat(lines(xinzhou)).anyMatch(l -> l.startsWith("合计 10.00"));
        String congress = text(SeedReports.SEED_004);
        assertThat(congress).contains("长治市屯留区人民代表大会常务委员会", "132.48", "131.30", "区乡两级人大办公经费");
    }

    @Test
    void pageCountIsSaneAndFontsAreEmbedded() throws IOException {
        for (String seed : List.of(SeedReports.SEED_000, SeedReports.SEED_001, SeedReports.SEED_004)) {
            try (PDDocument pdf = Loader.loadPDF(pdf(seed))) {
                assertThat(pdf.getNumberOfPages()).as(seed).isBetween(20, 60);
                assertThat(pdf.getDocumentInformation().getTitle()).as(seed).endsWith("年部门预算公开");
                for (PDPage page : pdf.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as("%s font %s", seed, font.getName()).isTrue();
                        assertThat(font.getName()).contains("WenQuanYi");
                    }
                }
            }
        }
    }

    @Test
    void missingFontFailsWithTheInstallHintAndWritesNothing() {
        ReportPdfWriter writer = new ReportPdfWriter(new CjkFontLocator(List.of(dir.resolve("none.ttc")), false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> writer.write(SeedReports.read(SeedReports.SEED_000), out))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("未找到可嵌入的中文 TrueType 字体")
                .hasMessageContaining("apt-get install fonts-wqy-microhei");
        assertThat(out.size()).isZero();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }

    private static String text(String seed) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(seed))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        }
    }

    private static byte[] pdf(String seed) {
        return RENDERED.computeIfAbsent(seed, s -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ReportPdfWriter.withSystemFont().write(SeedReports.read(s), out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }
}
