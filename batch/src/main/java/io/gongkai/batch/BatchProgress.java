package io.gongkai.batch;

/** Hears how a batch run advances (the command line draws a progress bar). Called from the run's thread. */
public interface BatchProgress {

    /** Nothing to show (tests, libraries). */
    BatchProgress SILENT = new BatchProgress() {
    };

    /** The run found this many documents, of which earlier runs already did {@code alreadyDone}. */
    default void started(int documents, int alreadyDone) {
    }

    /** One more document is finished (read and checked, failed, or skipped as done before). */
    default void advanced(int finished, int failed, int skipped) {
    }

    /** The run is over. */
    default void finished(BatchSummary summary) {
    }
}
