package io.gongkai.render.font;

import io.gongkai.render.RenderException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A CJK TrueType font (glyf outlines, so PDFBox can embed it) in a .ttf file or one face of a .ttc collection.
 *
 * @param file the font file
 * @param name the PostScript name of the face (WenQuanYiMicroHei)
 */
public record CjkFont(Path file, String name) {

    /** Whether the file is a collection (.ttc) rather than a single font. */
    public boolean inCollection() {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }

    /**
     * Opens the face for PDFBox. The caller closes the returned handle after the PDF is saved (PDFBox subsets the
     * font when saving).
     */
    public OpenFace open() throws IOException {
        if (inCollection()) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont font = collection.getFontByName(name);
            if (font == null) {
                collection.close();
                throw new IOException("no face " + name + " in " + file);
            }
            return new OpenFace(font, collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new OpenFace(font, font);
    }

    /** AWT faces already read, by file and face name (reading a collection takes tens of milliseconds). */
    private static final Map<CjkFont, Font> AWT = new ConcurrentHashMap<>();

    /** The face as an AWT font of the given size (for charts). */
    public Font awt(float size) {
        return AWT.computeIfAbsent(this, CjkFont::readAwt).deriveFont(size);
    }

    private Font readAwt() {
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            for (Font font : fonts) {
                if (name.equals(font.getPSName()) || name.equals(font.getFontName())) {
                    return font;
                }
            }
            return fonts[0];
        } catch (IOException | FontFormatException e) {
            throw new RenderException("无法读取中文字体 " + file + " / cannot read the CJK font " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * An open face and what must be closed with it.
     *
     * @param font the face
     * @param closeable the file handle (the collection, or the font itself)
     */
    public record OpenFace(TrueTypeFont font, java.io.Closeable closeable) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            closeable.close();
        }
    }
}
