package io.gongkai.ingest.narrative;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordinal that opens a list item or sub-section at the start of a line: （一）, (1), 1、 or 1．. The style
 * tells nested levels apart: a section numbered （一）（二） may hold items numbered 1、2、 inside.
 *
 * @param style the way the ordinal is written
 * @param label the ordinal itself (一, 1)
 * @param end the index just after the marker in the text it was read from
 */
record ListMarker(Style style, String label, int end) {

    /** How an ordinal is written. */
    enum Style { PAREN_HAN, PAREN_DIGIT, DIGIT }

    private static final Pattern MARKER = Pattern.compile(
            "^(?:[（(]([一二三四五六七八九十]{1,3})[）)]|[（(]([0-9]{1,2})[）)]|([0-9]{1,2})[、．.](?![0-9]))");
    private static final Pattern HAN_ORDINAL = Pattern.compile("^([一二三四五六七八九十]{1,3})、");
    private static final Pattern BRACKETED_HAN_ORDINAL = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[）)]");

    /** The marker at the start of a stripped line, or null. */
    static ListMarker at(String text) {
        Matcher m = MARKER.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group(1) != null) {
            return new ListMarker(Style.PAREN_HAN, m.group(1), m.end());
        }
        if (m.group(2) != null) {
            return new ListMarker(Style.PAREN_DIGIT, m.group(2), m.end());
        }
        return new ListMarker(Style.DIGIT, m.group(3), m.end());
    }

    /** The 一、 … 十二、 ordinal at the start of a stripped line, or null. */
    static Matcher hanOrdinal(String text) {
        Matcher m = HAN_ORDINAL.matcher(text);
        return m.lookingAt() ? m : null;
    }

    /** The （一） … （十二） ordinal at the start of a stripped line, or null. */
    static Matcher bracketedHanOrdinal(String text) {
        Matcher m = BRACKETED_HAN_ORDINAL.matcher(text);
        return m.lookingAt() ? m : null;
    }

    /** The label in the form used for narrative sub-sections: {@code (一)}, {@code (1)}. */
    String bracketed() {
        return "(" + label + ")";
    }
}
