package io.gongkai.ingest.pdf;

/**
 * A drawn line on a page (a table border): horizontal or vertical, in PDF points from the top-left corner, y down.
 * A horizontal ruling runs from {@code from} to {@code to} along x at {@code at} = y; a vertical one along y at x.
 */
record Ruling(boolean horizontal, double at, double from, double to) {

    Ruling {
        if (from > to) {
            double t = from;
            from = to;
            to = t;
        }
    }

    double length() {
        return to - from;
    }

    /** Whether this ruling covers the coordinate along its length, allowing a small gap at the ends. */
    boolean covers(double position, double slack) {
        return position >= from - slack && position <= to + slack;
    }
}
