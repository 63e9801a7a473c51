package io.gongkai.ingest.goals;

/** Which halves a goal table prints: 实施期 (period), 年度 (annual), or both side by side. */
enum Halves {
    PERIOD, ANNUAL, BOTH;

    /** The halves a table has, from what it prints for each. */
    static Halves of(boolean period, boolean annual) {
        if (period && !annual) {
            return PERIOD;
        }
        return annual && !period ? ANNUAL : BOTH;
    }
}
