package io.gongkai.ingest.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PDFs made by software other than Gongkai, for tests: LibreOffice ({@code soffice --headless --convert-to pdf})
 * printing a seed text (as a flat ODF text document in a fixed-pitch CJK font, one paragraph per line, spaces
 * kept) or converting a workbook or Word document; and Chromium printing a seed text as a {@code <pre>} page. Tests assume LibreOffice is installed (CI installs it) and are
 * skipped with that message otherwise.
 */
public final class ThirdPartyPdfs {

    private ThirdPartyPdfs() {
    }

    /** Whether {@code soffice} runs; a test calling this is skipped with a message when it does not. */
    public static void assumeLibreOffice() {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            found |= Files.isExecutable(Path.of(dir, "soffice"));
        }
        assumeTrue(found, "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui "
                + "libreoffice-calc-nogui");
    }

    /**
     * A flat ODF text document printing the text line by line in a 7 pt fixed-pitch CJK font on A4 landscape, spaces
     * kept. Runs of tab-separated lines (a spreadsheet export's cells) are printed as a bordered table, one row per
     * line and one cell per field, as the table they were exported from.
     */
    public static String flatOdt(String text) {
        StringBuilder body = new StringBuilder();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].indexOf('\t') < 0) {
                body.append("<text:p text:style-name=\"Standard\">");
                appendText(body, lines[i]);
                body.append("</text:p>\n");
                i++;
                continue;
            }
            int end = i;
            int columns = 0;
            while (end < lines.length && lines[end].indexOf('\t') >= 0) {
                columns = Math.max(columns, lines[end].split("\t", -1).length);
                end++;
            }
            body.append("<table:table table:style-name=\"grid\"><table:table-column table:number-columns-repeated=\"")
                    .append(columns).append("\"/>\n");
            for (int r = i; r < end; r++) {
                String[] cells = lines[r].split("\t", -1);
                body.append("<table:table-row>");
                for (int c = 0; c < columns; c++) {
                    body.append("<table:table-cell table:style-name=\"cell\"><text:p text:style-name=\"Standard\">");
                    appendText(body, c < cells.length ? cells[c] : "");
                    body.append("</text:p></table:table-cell>");
                }
                body.append("</table:table-row>\n");
            }
            body.append("</table:table>\n");
            i = end;
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
                  office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
                 <office:font-face-decls>
                  <style:font-face style:name="Mono" svg:font-family="'WenQuanYi Micro Hei Mono'"
                    style:font-pitch="fixed"/>
                 </office:font-face-decls>
                 <office:styles>
                  <style:style style:name="Standard" style:family="paragraph">
                   <style:paragraph-properties fo:margin-top="0mm" fo:margin-bottom="0mm"/>
                   <style:text-properties style:font-name="Mono" fo:font-size="7pt" style:font-name-asian="Mono"
                     style:font-size-asian="7pt"/>
                  </style:style>
                 </office:styles>
                 <office:automatic-styles>
                  <style:style style:name="grid" style:family="table">
                   <style:table-properties style:width="273mm" table:align="left"/>
                  </style:style>
                  <style:style style:name="cell" style:family="table-cell">
                   <style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.5mm"/>
                  </style:style>
                  <style:page-layout style:name="pm1">
                   <style:page-layout-properties fo:page-width="297mm" fo:page-height="210mm"
                     style:print-orientation="landscape" fo:margin-top="12mm" fo:margin-bottom="12mm"
                     fo:margin-left="12mm" fo:margin-right="12mm"/>
                  </style:page-layout>
                 </office:automatic-styles>
                 <office:master-styles>
                  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
                 </office:master-styles>
                 <office:body><office:text>
                """ + body + "</office:text></office:body></office:document>\n";
    }

    private static void appendText(StringBuilder body, String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                int j = i;
                while (j < line.length() && line.charAt(j) == ' ') {
                    j++;
                }
                body.append("<text:s text:c=\"").append(j - i).append("\"/>");
                i = j;
                continue;
            }
            switch (c) {
                case '&' -> body.append("&amp;");
                case '<' -> body.append("&lt;");
                case '>' -> body.append("&gt;");
                default -> {
                    if (c >= 0x20 || Character.isSurrogate(c)) {
                        body.append(c);
                    }
                }
            }
            i++;
        }
    }

    /** Writes each seed text as a flat ODF document into {@code dir}, for {@link #convert}. */
    static Path textDocument(Path seed, Path dir) throws IOException {
        String name = seed.getFileName().toString().replaceFirst("\\.txt$", ".fodt");
        Path out = dir.resolve(name);
        Files.writeString(out, flatOdt(Files.readString(seed, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        return out;
    }

    /** Whether Debian's {@code chromium} runs; a test calling this is skipped with a message when it does not. */
    public static void assumeChromium() {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)), "Chromium is not installed: apt-get install chromium");
    }

    static final String CHROMIUM = "/usr/bin/chromium";

    /**
     * The text as a web page of one {@code <pre>} block (7 pt WenQuanYi Micro Hei Mono, A4 landscape), the way a
     * browser prints a plain-text file.
     */
    static String preformattedPage(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 1024);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>@page { size: A4 landscape; margin: 12mm }"
                + " pre { font-family: 'WenQuanYi Micro Hei Mono'; font-size: 7pt; white-space: pre; tab-size: 8 }"
                + "</style></head><body><pre>" + escaped + "</pre></body></html>\n";
    }

    /**
     * Prints each seed text to PDF with headless Chromium ({@code --print-to-pdf} of {@link #preformattedPage}), all
     * at once, one browser each; returns the PDFs in order.
     */
    static List<Path> printWithChromium(List<Path> seeds, Path dir) throws IOException, InterruptedException {
        List<Process> running = new ArrayList<>();
        List<Path> pdfs = new ArrayList<>();
        for (Path seed : seeds) {
            String name = seed.getFileName().toString().replaceFirst("\\.txt$", "");
            Path page = dir.resolve(name + ".html");
            Files.writeString(page, preformattedPage(Files.readString(seed, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
            Path pdf = dir.resolve(name + ".chromium.pdf");
            Path profile = Files.createTempDirectory("gongkai-chromium-profile");
            running.add(new ProcessBuilder(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri()
                    .toString()).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".chromium.log").toFile())
                    .start());
            pdfs.add(pdf);
        }
        for (int i = 0; i < running.size(); i++) {
            Process p = running.get(i);
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("Chromium did not print " + seeds.get(i) + " in 3 minutes");
            }
            if (!Files.exists(pdfs.get(i))) {
                throw new IOException("Chromium made no PDF of " + seeds.get(i));
            }
        }
        return pdfs;
    }

    /** Converts documents to PDF in one LibreOffice run, with a private profile; returns the PDFs in order. */
    public static List<Path> convert(List<Path> documents, Path dir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("gongkai-lo-profile");
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.toString()));
        documents.forEach(d -> command.add(d.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("LibreOffice did not finish converting in 5 minutes");
        }
        List<Path> pdfs = new ArrayList<>();
        for (Path d : documents) {
            Path pdf = dir.resolve(d.getFileName().toString().replaceFirst("\\.[^.]+$", ".pdf"));
            if (!Files.exists(pdf)) {
                throw new IOException("LibreOffice made no PDF of " + d + ": " + Files.readString(
                        dir.resolve("soffice.log")));
            }
            pdfs.add(pdf);
        }
        return pdfs;
    }
}
