package io.gongkai.batch;

import java.time.Duration;

/**
 * What a batch run did.
 *
 * @param documents documents found under the input directory
 * @param skipped of these, documents an earlier run had already committed (same path and content)
 * @param audited documents read and checked in this run
 * @param failed documents that could not be read (rows of the errors table)
 * @param elapsed wall-clock time of the run
 */
public record BatchSummary(int documents, int skipped, int audited, int failed, Duration elapsed) {

    /** Documents per second processed in this run (read and checked, or failed), skipped ones excluded. */
    public double documentsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : (audited + failed) / seconds;
    }
}
