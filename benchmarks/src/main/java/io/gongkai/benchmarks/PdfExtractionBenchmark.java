package io.gongkai.benchmarks;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.ingest.pdf.PdfReportReader;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.TextLoader;
import io.gongkai.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDF ingest against PDFBox's own {@link PDFTextStripper} on the same files, in one run. The files are the seeds
 * printed with PDFBox in the system's CJK font (WenQuanYi Micro Hei, 9 pt, 40 lines a page), built in memory at
 * setup. {@code stripper}: load and {@code getText} (sorted by position, as a reader of tables needs);
 * {@code gongkaiLines}: load, glyphs and rulings, lines and cells, repair (what the stripper's text corresponds
 * to); {@code gongkaiReport}: the whole report (the lines plus every text stage).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfExtractionBenchmark {

    static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    @Param({"000_c275e096c8611f2e", "001_2dc8c89a6b4bfa48", "004_741ea1e83a699561"})
    public String seed;

    private byte[] pdf;
    private final PdfReportReader reader = new PdfReportReader();

    @Setup
    public void print() throws IOException, UnreadableInputException {
        byte[] text;
        try (InputStream in = PdfExtractionBenchmark.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
            text = in.readAllBytes();
        }
        pdf = printed(TextLoader.load(seed, text));
    }

    /** The lines on A4 landscape pages; characters the font lacks are left out. */
    static byte[] printed(List<SourceLine> lines) throws IOException {
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT)) {
            PDType0Font font = PDType0Font.load(document, fonts.getFontByName("WenQuanYiMicroHei"), true);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            for (int start = 0; start < lines.size(); start += 40) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    out.beginText();
                    out.setFont(font, 9);
                    out.newLineAtOffset(40, size.getHeight() - 50);
                    for (SourceLine line : lines.subList(start, Math.min(lines.size(), start + 40))) {
                        out.showText(printable(font, line.text().replace('\t', ' ')));
                        out.newLineAtOffset(0, -13);
                    }
                    out.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String printable(PDType0Font font, String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                // not in the font
            }
        });
        return b.toString();
    }

    @Benchmark
    public String stripper() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @Benchmark
    public String stripperUnsorted() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Benchmark
    public PdfReportReader.PdfLines gongkaiLines() throws UnreadableInputException {
        return reader.lines(seed + ".pdf", pdf);
    }

    @Benchmark
    public Report gongkaiReport() throws UnreadableInputException {
        return Reports.pdf().read(seed + ".pdf", pdf);
    }
}
