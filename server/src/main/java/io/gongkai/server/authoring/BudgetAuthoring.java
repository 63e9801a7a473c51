package io.gongkai.server.authoring;

import io.gongkai.author.BudgetDataException;
import io.gongkai.author.derive.ReportAuthor;
import io.gongkai.author.input.BudgetInputs;
import io.gongkai.model.Report;
import io.gongkai.server.upload.ImportService;
import io.gongkai.store.ImportResult;
import io.gongkai.store.ReportStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * 编制预算: a department's budget data (budget.json or the budget.xlsx template) read by author's readers, checked by
 * its validator and derived into the standard budget disclosure by {@link ReportAuthor}, then checked with the rule
 * catalogue and stored like an upload (the budget file is kept as the upload; the same file again changes nothing).
 * Shared by the authoring page and {@code POST /api/budgets}.
 */
@Service
public class BudgetAuthoring {

    private final ReportAuthor author = new ReportAuthor();
    private final ReportStore store;
    private final ImportService imports;

    BudgetAuthoring(ReportStore store, ImportService imports) {
        this.store = store;
        this.imports = imports;
    }

    /**
     * Reads, validates and derives the report without storing it.
     *
     * @throws BudgetDataException with every problem found, each with its place (sheet and cell, or JSON path)
     */
    public Report derive(String fileName, byte[] content) throws BudgetDataException {
        String name = fileName == null || fileName.isBlank() ? "budget.json" : fileName;
        if (content.length == 0) {
            throw new BudgetDataException(name, "文件是空的，未保存", "the file is empty; nothing was saved");
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory("gongkai-budget");
            Path file = directory.resolve(name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? "budget.xlsx"
                    : "budget.json");
            Files.write(file, content);
            return author.derive(BudgetInputs.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the budget data in a temporary file", e);
        } finally {
            deleteQuietly(directory);
        }
    }

    /** Derives the report and stores it (with its findings) for the user, as a new report or a new version. */
    public ImportResult deriveAndStore(String fileName, byte[] content, String region, Authentication user)
            throws BudgetDataException {
        Report report = derive(fileName, content);
        return store.importReport(imports.request(fileName == null ? "budget.json" : fileName, content, region,
                user), report);
    }

    private static void deleteQuietly(Path directory) {
        try {
            if (directory != null) {
                FileSystemUtils.deleteRecursively(directory);
            }
        } catch (IOException ignored) {
            // A temporary file left behind is harmless.
        }
    }
}
