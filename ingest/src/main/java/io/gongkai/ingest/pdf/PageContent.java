package io.gongkai.ingest.pdf;

import java.util.List;

/**
 * What one page holds for reading: its glyphs (text layer or OCR words) and its rulings, in page coordinates.
 *
 * @param number the 1-based page number
 * @param width page width in points
 * @param height page height in points
 * @param glyphs the text, in drawing order
 * @param rulings drawn horizontal and vertical lines
 * @param hasImages whether the page draws images (a scan, when it has no text)
 * @param ocr whether the glyphs were recognised by OCR
 */
record PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
                   boolean hasImages, boolean ocr) {

    /** Whether the page has (next to) no text layer: fewer than a handful of visible characters. */
    boolean lacksText() {
        int visible = 0;
        for (Glyph g : glyphs) {
            if (!g.isBlank() && ++visible >= 5) {
                return false;
            }
        }
        return true;
    }

    PageContent withOcr(List<Glyph> words) {
        return new PageContent(number, width, height, words, List.of(), hasImages, true);
    }
}
