package io.gongkai.batch;

import io.gongkai.ingest.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code gongkai batch}: reads and checks every document of a corpus directory on a pool of threads and writes
 * the four tables into an {@link OutputDirectory}, a part every {@code partSize} documents. One thread (the
 * caller's) collects results and writes parts, so writing needs no locks; workers read, hash and check. Documents
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

    /** Runs over a corpus directory into an output directory. */
    public BatchSummary run(Path corpus, OutputDirectory output) throws IOException {
        long start = System.nanoTime();
        List<String> files = CorpusFiles.list(corpus, output.root());
        progress.started(files.size(), Math.min(output.doneCount(), files.size()));
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gongkai-batch-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int finished = 0;
        int failed = 0;
        int skipped = 0;
        try {
            CompletionService<DocumentAudit> done = new ExecutorCompletionService<>(pool);
            Iterator<String> next = files.iterator();
            int inFlight = 0;
            int window = threads * 8;
            List<DocumentAudit> part = new ArrayList<>();
            while (next.hasNext() || inFlight > 0) {
                while (inFlight < window && next.hasNext()) {
                    String file = next.next();
                    done.submit(() -> audit(corpus, file, output));
                    inFlight++;
                }
                DocumentAudit audit = take(done);
                inFlight--;
                finished++;
                if (audit == null) {
                    skipped++;
                } else {
                    failed += audit.failed() ? 1 : 0;
                    part.add(audit);
                    if (part.size() >= partSize) {
                        output.commit(part);
                        part.clear();
                    }
                }
                progress.advanced(finished, failed, skipped);
            }
            output.commit(part);
        } finally {
            pool.shutdownNow();
        }
        BatchSummary summary = new BatchSummary(files.size(), skipped, finished - skipped - failed, failed,
                Duration.ofNanos(System.nanoTime() - start));
        progress.finished(summary);
        return summary;
    }

    /** One document: its audit, or null when an earlier run committed it already. */
    private DocumentAudit audit(Path corpus, String file, OutputDirectory output) {
        Path path = corpus.resolve(file);
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > Reports.MAX_BYTES) {
                String sizeKey = DocumentAuditor.sha256(file + "\t" + size);
                return output.isDone(file, sizeKey) ? null : DocumentAuditor.failure(file, sizeKey,
                        "文件过大（" + size / (1024 * 1024) + " MB，上限 200 MB）：" + file + " / file too large ("
                                + size / (1024 * 1024) + " MB, limit 200 MB): " + file);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return DocumentAuditor.failure(file, DocumentAuditor.sha256(file),
                    "无法读取文件：" + file + " / cannot read the file: " + file + " (" + e + ")");
        }
        String sha256 = DocumentAuditor.sha256(bytes);
        return output.isDone(file, sha256) ? null : auditor.audit(file, bytes, sha256);
    }

    private static DocumentAudit take(CompletionService<DocumentAudit> done) throws IOException {
        try {
            Future<DocumentAudit> future = done.take();
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("批处理被中断 / the batch run was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch worker failed", e.getCause());
        }
    }
}
