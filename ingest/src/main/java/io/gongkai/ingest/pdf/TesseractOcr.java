package io.gongkai.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Recognises simplified Chinese on a page image with the Tesseract command line ({@code tesseract … -l chi_sim
 * tsv}): the words come back with their boxes, split into characters so that the page is built into lines by the
 * same geometry as a text layer. Thread-safe; each call works in its own temporary directory.
 */
public final class TesseractOcr {

    /** What to install, in both languages, for the message shown when OCR is needed but missing. */
    public static final String INSTALL_ZH = "请安装 Tesseract OCR 及其简体中文模型（Debian/Ubuntu：apt-get install tesseract-ocr "
            + "tesseract-ocr-chi-sim）";
    public static final String INSTALL_EN = "install Tesseract OCR with its simplified-Chinese model (Debian/Ubuntu: "
            + "apt-get install tesseract-ocr tesseract-ocr-chi-sim)";

    private static final long PAGE_TIMEOUT_SECONDS = 120;

    private final String command;
    private volatile Boolean available;

    /** Tesseract as found on the PATH, or at the path the system property {@code gongkai.tesseract} names. */
    public TesseractOcr() {
        this(System.getProperty("gongkai.tesseract", "tesseract"));
    }

    /** Tesseract run by this command (a name on the PATH or a path). */
    public TesseractOcr(String command) {
        this.command = command;
    }

    /** Whether the command runs and has the chi_sim model. Checked once. */
    public boolean available() {
        Boolean known = available;
        if (known == null) {
            known = probe();
            available = known;
        }
        return known;
    }

    private boolean probe() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gongkai-ocr");
            Path out = dir.resolve("langs.txt");
            Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                    .anyMatch(l -> l.strip().equals("chi_sim"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * The characters on an image, with boxes in the image's pixels times {@code scale} (points per pixel).
     *
     * @throws IOException when Tesseract fails or takes longer than two minutes on the page
     */
    List<Glyph> recognise(BufferedImage image, double scale) throws IOException {
        Path dir = Files.createTempDirectory("gongkai-ocr");
        try {
            Path png = dir.resolve("page.png");
            ImageIO.write(image, "png", png.toFile());
            Process p = new ProcessBuilder(command, png.toString(), dir.resolve("page").toString(), "-l", "chi_sim",
                    "--psm", "6", "tsv").redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
                    .start();
            boolean done = p.waitFor(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
                throw new IOException("tesseract took longer than " + PAGE_TIMEOUT_SECONDS + " s on one page");
            }
            Path tsv = dir.resolve("page.tsv");
            if (p.exitValue() != 0 || !Files.exists(tsv)) {
                throw new IOException("tesseract failed with exit status " + p.exitValue());
            }
            return parse(Files.readAllLines(tsv, StandardCharsets.UTF_8), scale);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for tesseract", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Tesseract's TSV: level 5 rows are words with left, top, width, height, confidence and text. */
    static List<Glyph> parse(List<String> tsv, double scale) {
        List<Glyph> glyphs = new ArrayList<>();
        for (String row : tsv) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
                continue;
            }
            try {
                double left = Integer.parseInt(f[6]) * scale;
                double top = Integer.parseInt(f[7]) * scale;
                double width = Integer.parseInt(f[8]) * scale;
                double height = Integer.parseInt(f[9]) * scale;
                split(f[11].strip(), left, top + height, width, height, glyphs);
            } catch (NumberFormatException e) {
                // a malformed row carries no usable word
            }
        }
        return glyphs;
    }

    /** One glyph per character, the word's width shared by display width (Chinese characters count two). */
    private static void split(String word, double left, double baseline, double width, double height,
                              List<Glyph> out) {
        int[] cps = word.codePoints().toArray();
        int total = 0;
        for (int cp : cps) {
            total += weight(cp);
        }
        double x = left;
        for (int cp : cps) {
            double w = width * weight(cp) / total;
            out.add(new Glyph(new String(Character.toChars(cp)), x, baseline, w, height, 0));
            x += w;
        }
    }

    private static int weight(int cp) {
        return cp < 0x2E80 ? 1 : 2;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }
}
