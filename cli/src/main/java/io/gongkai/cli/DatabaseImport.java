package io.gongkai.cli;

import io.gongkai.batch.BatchProgress;
import io.gongkai.batch.BatchSummary;
import io.gongkai.batch.CorpusFiles;
import io.gongkai.batch.DocumentAuditor;
import io.gongkai.batch.DocumentCheck;
import io.gongkai.batch.ParallelFiles;
import io.gongkai.batch.RunTally;
import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.store.ImportRequest;
import io.gongkai.store.ReportStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
        RunTally tally = new RunTally(files.size(), 0, start, progress);
        ParallelFiles.run(files, threads, threads * 4, "gongkai-import", file -> importOne(corpus, file), outcome -> {
            if (outcome.skipped()) {
                tally.skipped();
                return;
            }
            if (outcome.error() != null) {
                errors.println("gongkai import: " + outcome.file() + ": " + outcome.error());
            }
            tally.done(outcome.error() != null);
        });
        return tally.finish();
    }

    /** Reads, checks and stores one document; never throws for anything about the document. */
    private Outcome importOne(Path corpus, String file) {
        byte[] bytes;
        try {
            bytes = Reports.readBytes(corpus.resolve(file), file);
        } catch (UnreadableInputException e) {
            return new Outcome(file, false, e.getMessage());
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
}
