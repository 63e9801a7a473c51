package io.gongkai.ingest.pdf;

/**
 * A piece of text printed at one place on a page: one glyph from a PDF text layer, or one word recognised by OCR.
 * Coordinates are PDF points from the page's top-left corner, y downwards.
 *
 * @param text the characters (already mapped to Unicode)
 * @param left the left edge
 * @param baseline the baseline's distance from the top of the page
 * @param width the advance width
 * @param height the glyph height (roughly the font size)
 * @param space the width of a space in the glyph's font and size, or 0 when unknown
 */
record Glyph(String text, double left, double baseline, double width, double height, double space) {

    double right() {
        return left + width;
    }

    double top() {
        return baseline - height;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
