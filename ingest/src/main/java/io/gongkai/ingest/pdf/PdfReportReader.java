package io.gongkai.ingest.pdf;

import io.gongkai.ingest.QuietLibraries;
import io.gongkai.ingest.ReportReader;
import io.gongkai.ingest.TextReportReader;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.TextLoader;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Report;
import io.gongkai.model.SourceRef;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a PDF disclosure from the positions of its glyphs: each page's text layer and drawn table borders become
 * lines ({@link PageLines}: cells from rulings, fixed-pitch text elsewhere), pages without a text layer are
 * recognised by OCR ({@link TesseractOcr}, marked in provenance), running headers and page numbers in the page
 * margins are dropped, and the lines then go through the very stages of the text reader
 * ({@link TextReportReader#read(String, List, List)}), so that a table continuing on the next page is joined
 * there as in text. Encrypted, damaged and unreadable files are refused with a bilingual message; a guard stops
 * pathological files after a time limit. Thread-safe.
 */
public final class PdfReportReader implements ReportReader {

    static {
        QuietLibraries.apply();
    }

    /** Pages rendered for OCR at this resolution. */
    static final float OCR_DPI = 300;
    /** More pages than this are refused: no disclosure is that long. */
    static final int MAX_PAGES = 3000;
    /** A line in the top or bottom margin repeating on this share of pages is a running header or footer. */
    private static final double MARGIN = 0.08;

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gongkai-pdf");
        t.setDaemon(true);
        return t;
    });

    private final TextReportReader text;
    private final TesseractOcr ocr;
    private final Duration timeout;

    /** Reads with Tesseract from the PATH and a ten-minute limit per document. */
    public PdfReportReader() {
        this(new TextReportReader(), new TesseractOcr(), Duration.ofMinutes(10));
    }

    public PdfReportReader(TextReportReader text, TesseractOcr ocr, Duration timeout) {
        this.text = text;
        this.ocr = ocr;
        this.timeout = timeout;
    }

    /** The lines of a PDF and the issues met reading its pages. */
    public record PdfLines(List<SourceLine> lines, List<IngestIssue> issues, int pages, int ocrPages) {
    }

    @Override
    public Report read(String fileName, byte[] bytes) throws UnreadableInputException {
        PdfLines read = lines(fileName, bytes);
        return text.read(fileName, read.lines(), read.issues());
    }

    /** The repaired lines of a PDF, as the text stages receive them, within the time limit. */
    public PdfLines lines(String fileName, byte[] bytes) throws UnreadableInputException {
        Future<PdfLines> work = WORKERS.submit(() -> extract(fileName, bytes));
        try {
            return work.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            throw new UnreadableInputException("PDF 处理超时（超过 " + timeout.toSeconds() + " 秒），文件可能异常：" + fileName,
                    "reading the PDF took longer than " + timeout.toSeconds() + " s; the file may be malformed: "
                            + fileName, e);
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableInputException("PDF 读取被中断：" + fileName, "reading the PDF was interrupted: " + fileName,
                    e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableInputException unreadable) {
                throw unreadable;
            }
            throw damaged(fileName, cause);
        }
    }

    private PdfLines extract(String fileName, byte[] bytes) throws UnreadableInputException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new UnreadableInputException("PDF 没有任何页面：" + fileName, "the PDF has no pages: " + fileName);
            }
            if (pageCount > MAX_PAGES) {
                throw new UnreadableInputException("PDF 页数过多（" + pageCount + " 页，上限 " + MAX_PAGES + "）：" + fileName,
                        "the PDF has too many pages (" + pageCount + ", limit " + MAX_PAGES + "): " + fileName);
            }
            List<IngestIssue> issues = new ArrayList<>();
            List<PageContent> pages = new ArrayList<>(new PageCollector().collect(document));
            int ocrPages = recogniseScans(fileName, document, pages, issues);
            return new PdfLines(TextLoader.repair(RowsAcrossPages.join(dropMarginFurniture(lines(fileName, pages)))),
                    issues, pageCount, ocrPages);
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException("PDF 已加密，需要密码才能打开：" + fileName,
                    "the PDF is encrypted and needs a password: " + fileName, e);
        } catch (IOException | RuntimeException e) {
            throw damaged(fileName, e);
        }
    }

    private static UnreadableInputException damaged(String fileName, Throwable cause) {
        return new UnreadableInputException("PDF 文件已损坏或不完整，无法解析：" + fileName,
                "the PDF is damaged or incomplete and cannot be parsed: " + fileName, cause);
    }

    /** Replaces pages without a text layer by their OCR reading; returns how many were recognised. */
    private int recogniseScans(String fileName, PDDocument document, List<PageContent> pages,
                               List<IngestIssue> issues) throws UnreadableInputException, IOException {
        List<Integer> scans = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).lacksText()) {
                scans.add(i);
            }
        }
        if (scans.isEmpty()) {
            return 0;
        }
        if (!ocr.available()) {
            if (scans.size() == pages.size()) {
                throw new UnreadableInputException("PDF 没有文本层（可能是扫描件），需要 OCR 识别但未找到 Tesseract；"
                        + TesseractOcr.INSTALL_ZH + "：" + fileName, "the PDF has no text layer (a scan?) and OCR needs "
                        + "Tesseract, which was not found; " + TesseractOcr.INSTALL_EN + ": " + fileName);
            }
            for (int i : scans) {
                issues.add(new IngestIssue(new SourceRef(fileName, i + 1, 0, ""), "第 " + (i + 1)
                        + " 页没有文本层，未安装 Tesseract，跳过 / page " + (i + 1) + " has no text layer and Tesseract is "
                        + "not installed; skipped"));
            }
            return 0;
        }
        PDFRenderer renderer = new PDFRenderer(document);
        double scale = 72.0 / OCR_DPI;
        int recognised = 0;
        for (int i : scans) {
            PageContent page = pages.get(i);
            BufferedImage image = renderer.renderImageWithDPI(i, OCR_DPI, ImageType.GRAY);
            try {
                pages.set(i, page.withOcr(ocr.recognise(image, scale)));
                recognised++;
            } catch (IOException e) {
                issues.add(new IngestIssue(new SourceRef(fileName, i + 1, 0, ""), "第 " + (i + 1) + " 页 OCR 识别失败 / OCR "
                        + "failed on page " + (i + 1) + ": " + e.getMessage()));
            }
        }
        return recognised;
    }

    private static List<SourceLine> lines(String fileName, List<PageContent> pages) {
        double origin = Double.MAX_VALUE;
        for (PageContent page : pages) {
            origin = Math.min(origin, PageLines.leftEdge(page));
        }
        List<SourceLine> lines = new ArrayList<>();
        for (PageContent page : pages) {
            lines.addAll(PageLines.lines(fileName, page, origin == Double.MAX_VALUE ? 0 : origin, lines.size() + 1));
        }
        return lines;
    }

    /**
     * Drops the first or last line of a page when it lies in the page's top or bottom margin, is short and numbered
     * (第 3 页, 滨江市图书馆 · 4), and the same text, digits aside, stands there on at least three pages and half
     * of them. Unnumbered running headers are the text filter's job, which knows their shape.
     */
    private static List<SourceLine> dropMarginFurniture(List<SourceLine> lines) {
        Map<Integer, List<SourceLine>> byPage = new HashMap<>();
        for (SourceLine line : lines) {
            byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
        }
        if (byPage.size() < 3) {
            return lines;
        }
        double pageHeight = 0;
        for (SourceLine line : lines) {
            if (line.box() != null) {
                pageHeight = Math.max(pageHeight, line.box().top() + line.box().height());
            }
        }
        Map<String, Set<Integer>> pagesByText = new HashMap<>();
        Set<SourceLine> candidates = new HashSet<>();
        for (List<SourceLine> page : byPage.values()) {
            for (SourceLine edge : List.of(page.get(0), page.get(page.size() - 1))) {
                boolean inMargin = edge.box() != null && (edge.box().top() < pageHeight * MARGIN
                        || edge.box().top() > pageHeight * (1 - MARGIN));
                if (inMargin && edge.compact().length() <= 30 && edge.compact().chars().anyMatch(Character::isDigit)) {
                    candidates.add(edge);
                    pagesByText.computeIfAbsent(furnitureKey(edge), k -> new HashSet<>()).add(edge.page());
                }
            }
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            if (candidates.contains(line)) {
                int pagesWithIt = pagesByText.get(furnitureKey(line)).size();
                if (pagesWithIt >= 3 && pagesWithIt * 2 >= byPage.size()) {
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    private static String furnitureKey(SourceLine line) {
        return line.text().replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}
