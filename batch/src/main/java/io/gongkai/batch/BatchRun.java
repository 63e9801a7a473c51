package io.gongkai.batch;

import io.gongkai.ingest.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code gongkai batch}: reads and checks every document of a corpus directory on a pool of threads and writes
 * the four tables into an {@link OutputDirectory}, a part every {@code partSize} documents. Workers read, hash and
 * check; the caller's thread collects their results; one writer thread commits parts, in order, so writing needs
 * no locks and the workers never wait for Parquet encoding. Documents
 * an earlier run committed (same path and content) are skipped; a bad document becomes an error record and
 * the run goes on.
 */
public final class BatchRun {

    /** The default number of documents per part file. */
    public static final int DEFAULT_PART_SIZE = 1000;

    private final DocumentAuditor auditor;
    private final int threads;
    private final int partSize;
    private final BatchProgress progress;

    /**
     * @param auditor the per-document function
     * @param threads worker threads (≥ 1)
     * @param partSize documents per part (≥ 1): the most work an interruption loses
     * @param progress hears the progress
     */
    public BatchRun(DocumentAuditor auditor, int threads, int partSize, BatchProgress progress) {
        if (threads < 1 || partSize < 1) {
            throw new IllegalArgumentException("线程数与每份文件数须至少为 1 / threads and part size must be at least 1");
        }
        this.auditor = auditor;
        this.threads = threads;
        this.partSize = partSize;
        this.progress = progress;
    }

    /**
     * Runs over a corpus directory into an output directory. Workers read, hash and check; the caller's thread
     * collects their results into parts; one writer thread encodes and commits each full part while the workers
     * go on with the next (parts are committed one at a time, in order).
     */
    public BatchSummary run(Path corpus, OutputDirectory output) throws IOException {
        long start = System.nanoTime();
        List<String> files = CorpusFiles.list(corpus, output.root());
        RunTally tally = new RunTally(files.size(), Math.min(output.doneCount(), files.size()), start, progress);
        List<DocumentAudit> part = new ArrayList<>();
        try (PartCommitter committer = new PartCommitter(output)) {
            ParallelFiles.run(files, threads, threads * 8, "gongkai-batch", file -> audit(corpus, file, output),
                    audit -> {
                        if (audit == null) {
                            tally.skipped();
                            return;
                        }
                        part.add(audit);
                        if (part.size() >= partSize) {
                            committer.commit(new ArrayList<>(part));
                            part.clear();
                        }
                        tally.done(audit.failed());
                    });
            committer.commit(part);
        }
        return tally.finish();
    }

    /**
     * Commits parts on its own thread, one at a time and in order: a new part waits for the one before it, and
     * closing waits for the last. A failed commit is thrown by the next call.
     */
    private static final class PartCommitter implements AutoCloseable {

        private final OutputDirectory output;
        private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gongkai-batch-writer");
            t.setDaemon(true);
            return t;
        });
        private Future<?> last;

        PartCommitter(OutputDirectory output) {
            this.output = output;
        }

        void commit(List<DocumentAudit> part) throws IOException {
            awaitLast();
            last = writer.submit(() -> {
                output.commit(part);
                return null;
            });
        }

        private void awaitLast() throws IOException {
            if (last == null) {
                return;
            }
            try {
                last.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("批处理被中断 / the batch run was interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("writing a part failed", e.getCause());
            } finally {
                last = null;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                awaitLast();
            } finally {
                writer.shutdownNow();
            }
        }
    }

    /** One document: its audit, or null when an earlier run committed it already. */
    private DocumentAudit audit(Path corpus, String file, OutputDirectory output) {
        Path path = corpus.resolve(file);
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > Reports.MAX_BYTES) {
                DocumentAudit tooLarge = DocumentAuditor.tooLarge(file, size);
                return output.isDone(file, tooLarge.sha256()) ? null : tooLarge;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return DocumentAuditor.unreadable(file, e);
        }
        String sha256 = DocumentAuditor.sha256(bytes);
        return output.isDone(file, sha256) ? null : auditor.audit(file, bytes, sha256);
    }
}
