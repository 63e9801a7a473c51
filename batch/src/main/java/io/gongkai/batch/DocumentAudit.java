package io.gongkai.batch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one document contributes to the batch tables: a report record with its rows and findings, or an error
 * record. Serializable, so that a Spark job can ship it between stages.
 *
 * @param file the document's path relative to the corpus root ('/'-separated)
 * @param sha256 the SHA-256 of its content (hex), which the resume manifest records
 * @param reports zero or one record of {@link BatchTables#REPORTS}
 * @param rows records of {@link BatchTables#ROWS}
 * @param findings records of {@link BatchTables#FINDINGS}
 * @param errors zero or one record of {@link BatchTables#ERRORS}
 */
public record DocumentAudit(String file, String sha256, List<Object[]> reports, List<Object[]> rows,
                            List<Object[]> findings, List<Object[]> errors) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DocumentAudit {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        // ArrayList rather than List.copyOf: serializable everywhere, and Object[] records hold nulls.
        reports = new ArrayList<>(reports);
        rows = new ArrayList<>(rows);
        findings = new ArrayList<>(findings);
        errors = new ArrayList<>(errors);
    }

    /** The records of one of the four tables. */
    public List<Object[]> records(TableSchema table) {
        if (table.equals(BatchTables.REPORTS)) {
            return reports;
        }
        if (table.equals(BatchTables.ROWS)) {
            return rows;
        }
        if (table.equals(BatchTables.FINDINGS)) {
            return findings;
        }
        if (table.equals(BatchTables.ERRORS)) {
            return errors;
        }
        throw new IllegalArgumentException("not a batch table: " + table.name());
    }

    /** Whether the document could not be read. */
    public boolean failed() {
        return !errors.isEmpty();
    }
}
