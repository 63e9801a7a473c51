package io.gongkai.store;

/**
 * What an import did.
 *
 * @param outcome imported as the first version, as a new version, or nothing (same file already stored)
 * @param report the stored report (the existing one when unchanged)
 */
public record ImportResult(Outcome outcome, StoredReport report) {

    /** What an import did to the database. */
    public enum Outcome {
        /** The first report of its unit, kind and year. */
        IMPORTED,
        /** A further version of a unit's report for the same kind and year. */
        NEW_VERSION,
        /** The same file (same SHA-256) was already stored: nothing changed. */
        UNCHANGED
    }
}
