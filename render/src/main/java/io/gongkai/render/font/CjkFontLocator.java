package io.gongkai.render.font;

import io.gongkai.render.RenderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds a CJK TrueType font on the system: first the {@code gongkai.font} system property, then known paths of
 * fonts with TrueType outlines (WenQuanYi Micro Hei and Zen Hei, AR PL, Droid Sans Fallback, Windows and macOS
 * fonts), then what fontconfig lists for Chinese. A font qualifies when it has glyf outlines (PDFBox cannot
 * embed the CFF outlines of Noto CJK) and draws 中文 and digits. Thread-safe; the system locator remembers what it
 * found.
 */
public final class CjkFontLocator {

    /** Fonts with TrueType outlines that draw Chinese, most preferred first. */
    public static final List<Path> KNOWN_PATHS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("C:/Windows/Fonts/simhei.ttf"),
            Path.of("C:/Windows/Fonts/simsun.ttc"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"));

    /** The one-line message when no font is found. */
    public static final String NOT_FOUND = "未找到可嵌入的中文 TrueType 字体，请安装：apt-get install fonts-wqy-microhei"
            + " / no embeddable CJK TrueType font found; install one: apt-get install fonts-wqy-microhei";

    private static final CjkFontLocator SYSTEM = new CjkFontLocator(KNOWN_PATHS, true);

    private final List<Path> paths;
    private final boolean askFontconfig;
    private volatile CjkFont found;

    /**
     * A locator over the given paths, and fontconfig's Chinese fonts when {@code askFontconfig}.
     * The {@code gongkai.font} system property, when set, is tried first.
     */
    public CjkFontLocator(List<Path> paths, boolean askFontconfig) {
        this.paths = List.copyOf(paths);
        this.askFontconfig = askFontconfig;
    }

    /** The locator of the system's fonts. */
    public static CjkFontLocator system() {
        return SYSTEM;
    }

    /** The font to embed; throws a {@link RenderException} with {@link #NOT_FOUND} when there is none. */
    public CjkFont locate() {
        CjkFont font = found;
        if (font == null) {
            font = search().orElseThrow(() -> new RenderException(NOT_FOUND));
            found = font;
        }
        return font;
    }

    /** The font to embed, if any. */
    public Optional<CjkFont> search() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("gongkai.font");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.addAll(paths);
        if (askFontconfig) {
            candidates.addAll(fontconfigChineseFonts());
        }
        for (Path path : candidates) {
            Optional<CjkFont> usable = usable(path);
            if (usable.isPresent()) {
                return usable;
            }
        }
        return Optional.empty();
    }

    /** The font in a file when it has TrueType outlines and draws Chinese; a collection's first such face. */
    static Optional<CjkFont> usable(Path path) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            String file = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (file.endsWith(".ttc")) {
                List<String> names = new ArrayList<>();
                try (TrueTypeCollection collection = new TrueTypeCollection(path.toFile())) {
                    collection.processAllFonts(font -> {
                        if (drawsChinese(font)) {
                            names.add(font.getName());
                        }
                    });
                }
                return names.stream().findFirst().map(name -> new CjkFont(path, name));
            }
            if (file.endsWith(".ttf")) {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()))) {
                    return drawsChinese(font) ? Optional.of(new CjkFont(path, font.getName())) : Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean drawsChinese(TrueTypeFont font) throws IOException {
        if (font.getTableMap().get("glyf") == null) {
            return false;
        }
        var cmap = font.getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId('中') > 0 && cmap.getGlyphId('预') > 0 && cmap.getGlyphId('7') > 0;
    }

    /** Files fontconfig lists for Chinese, or nothing when fontconfig is absent. */
    private static List<Path> fontconfigChineseFonts() {
        try {
            Process process = new ProcessBuilder("fc-list", ":lang=zh", "file").redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            for (String line : new String(output, StandardCharsets.UTF_8).split("\n")) {
                String file = line.strip();
                if (file.endsWith(":")) {
                    file = file.substring(0, file.length() - 1);
                }
                if (!file.isEmpty()) {
                    out.add(Path.of(file));
                }
            }
            return out;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
