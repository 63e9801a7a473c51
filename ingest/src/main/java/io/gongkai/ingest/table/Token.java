package io.gongkai.ingest.table;

import io.gongkai.ingest.text.SourceLine;
import java.math.BigDecimal;

/**
 * A piece of a table line: a text run or a number.
 *
 * @param text the text, or the number as printed
 * @param value the number, or null for text
 * @param cell for tab-separated lines the index of the cell, else -1
 * @param blanksBefore for space-separated lines the number of blank cells between the previous piece on the same
 *                     line and this one, judged from the spacing; -1 when this piece starts the line
 * @param start for space-separated lines the display column where the piece starts (Chinese characters are
 *              two columns wide, as in a fixed-pitch layout), else -1
 * @param end the display column after the piece, else -1
 * @param line the line the piece was read from
 */
record Token(String text, BigDecimal value, int cell, int blanksBefore, int start, int end, SourceLine line) {

    boolean isNumber() {
        return value != null;
    }
}
