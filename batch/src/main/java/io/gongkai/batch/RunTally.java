package io.gongkai.batch;

import java.time.Duration;

/**
 * Counts a run's documents as their results arrive on the caller's thread, tells the progress after each, and
 * makes the run's summary. {@code gongkai batch} and {@code gongkai import} both count with it. Not thread-safe.
 */
public final class RunTally {

    private final int documents;
    private final long startNanos;
    private final BatchProgress progress;
    private int finished;
    private int failed;
    private int skipped;

    /**
     * Starts the count and tells the progress.
     *
     * @param documents documents found
     * @param alreadyDone of these, how many an earlier run committed (for the progress only)
     * @param startNanos when the run started ({@link System#nanoTime}), listing included
     */
    public RunTally(int documents, int alreadyDone, long startNanos, BatchProgress progress) {
        this.documents = documents;
        this.startNanos = startNanos;
        this.progress = progress;
        progress.started(documents, alreadyDone);
    }

    /** A document an earlier run (or the database) has already. */
    public void skipped() {
        skipped++;
        advanced();
    }

    /** A document read and checked, or one that failed. */
    public void done(boolean documentFailed) {
        if (documentFailed) {
            failed++;
        }
        advanced();
    }

    private void advanced() {
        finished++;
        progress.advanced(finished, failed, skipped);
    }

    /** The run's summary, also told to the progress. */
    public BatchSummary finish() {
        BatchSummary summary = new BatchSummary(documents, skipped, finished - skipped - failed, failed,
                Duration.ofNanos(System.nanoTime() - startNanos));
        progress.finished(summary);
        return summary;
    }
}
