package io.gongkai.cli;

import io.gongkai.batch.BatchProgress;
import io.gongkai.batch.BatchSummary;
import io.gongkai.batch.CorpusFiles;
import io.gongkai.batch.DocumentAuditor;
import io.gongkai.batch.DocumentCheck;
import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.store.ImportRequest;
import io.gongkai.store.ReportStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DataAccessException;

/**
 * {@code gongkai import}: loads every document under a directory into the database. Workers read, hash, check
 * (with batch's per-document function) and store each document in its own transaction; the caller's thread
 * counts, draws the progress and prints one line per document that could not be stored. A document whose content
 * is stored already is skipped before it is read, so a run that stopped can simply be started again.
 */
final class DatabaseImport {

    /** Who the audit log names as the importer. */
    static final String USER = "import";

    private final DocumentAuditor auditor;
    private final ReportStore store;
    private final int threads;
    private final BatchProgress progress;
    private final PrintWriter errors;

    DatabaseImport(DocumentAuditor auditor, ReportStore store, int threads, BatchProgress progress,
                   PrintWriter errors) {
        this.auditor = auditor;
        this.store = store;
        this.threads = threads;
        this.progress = progress;
        this.errors = errors;
    }

    /** What happened to one document. */
    private record Outcome(String file, boolean skipped, String error) {
    }

    BatchSummary run(Path corpus) throws IOException {
        long start = System.nanoTime();
        List<String> files = CorpusFiles.list(corpus, null);
        progress.started(files.size(), 0);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gongkai-import-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int finished = 0;
        int failed = 0;
        int skipped = 0;
        try {
            CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
            Iterator<String> next = files.iterator();
            int inFlight = 0;
            int window = threads * 4;
            while (next.hasNext() || inFlight > 0) {
                while (inFlight < window && next.hasNext()) {
                    String file = next.next();
                    done.submit(() -> importOne(corpus, file));
                    inFlight++;
                }
                Outcome outcome = take(done);
                inFlight--;
                finished++;
                if (outcome.skipped()) {
                    skipped++;
                } else if (outcome.error() != null) {
                    failed++;
                    errors.println("gongkai import: " + outcome.file() + ": " + outcome.error());
                }
                progress.advanced(finished, failed, skipped);
            }
        } finally {
            pool.shutdownNow();
        }
        BatchSummary summary = new BatchSummary(files.size(), skipped, finished - skipped - failed, failed,
                Duration.ofNanos(System.nanoTime() - start));
        progress.finished(summary);
        return summary;
    }

    /** Reads, checks and stores one document; never throws for anything about the document. */
    private Outcome importOne(Path corpus, String file) {
        byte[] bytes;
        try {
            long size = Files.size(corpus.resolve(file));
            if (size > Reports.MAX_BYTES) {
                return new Outcome(file, false, "文件过大（" + size / (1024 * 1024) + " MB，上限 200 MB） / file too "
                        + "large (" + size / (1024 * 1024) + " MB, limit 200 MB)");
            }
            bytes = Files.readAllBytes(corpus.resolve(file));
        } catch (IOException e) {
            return new Outcome(file, false, "无法读取文件 / cannot read the file (" + e + ")");
        }
        String sha256 = DocumentAuditor.sha256(bytes);
        try {
            if (store.containsSource(sha256)) {
                return new Outcome(file, true, null);
            }
            DocumentCheck checked = auditor.check(file, bytes);
            if (checked.failed()) {
                return new Outcome(file, false, checked.error());
            }
            ReportStore.requireTables(checked.result().report(), file);
            store.importChecked(ImportRequest.of(file, bytes, USER), sha256, checked.result());
            return new Outcome(file, false, null);
        } catch (UnreadableInputException e) {
            return new Outcome(file, false, e.getMessage());
        } catch (DataAccessException e) {
            // The document's transaction was rolled back: nothing of it is stored.
            return new Outcome(file, false, "无法保存到数据库，未保存任何内容 / cannot store it, nothing was saved: "
                    + e.getMostSpecificCause().getMessage());
        }
    }

    private static Outcome take(CompletionService<Outcome> done) throws IOException {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("导入被中断 / the import was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an import worker failed", e.getCause());
        }
    }
}
