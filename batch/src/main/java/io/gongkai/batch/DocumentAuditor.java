package io.gongkai.batch;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.Summary;
import io.gongkai.model.TableRow;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Location;
import io.gongkai.rules.Severity;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one per-document function of batch and Spark runs: reads a document's bytes, checks the report and turns
 * both into records of the batch tables. A document that cannot be read becomes an error record; nothing a
 * document contains makes it throw. Thread-safe (the reader and the checker are stateless).
 */
public final class DocumentAuditor {

    private static final HexFormat HEX = HexFormat.of();

    private final Checker checker;

    public DocumentAuditor(Checker checker) {
        this.checker = checker;
    }

    /** An auditor with the whole rule catalogue. */
    public static DocumentAuditor standard() {
        return new DocumentAuditor(Checker.standard());
    }

    /**
     * Reads and checks one document.
     *
     * @param file the document's path relative to the corpus root, as the tables will name it
     * @param bytes its content
     */
    public DocumentAudit audit(String file, byte[] bytes) {
        return audit(file, bytes, sha256(bytes));
    }

    /** Reads and checks one document whose SHA-256 the caller has computed already. */
    public DocumentAudit audit(String file, byte[] bytes, String sha256) {
        DocumentCheck checked = check(file, bytes);
        if (checked.failed()) {
            return failure(file, sha256, checked.error());
        }
        CheckResult result = checked.result();
        Report report = result.report();
        String region = Regions.of(report.unit().name());
        return new DocumentAudit(file, sha256, List.<Object[]>of(reportRecord(file, sha256, region, result)),
                rowRecords(file, region, report), findingRecords(file, region, result), List.of());
    }

    /**
     * Reads and checks one document without turning it into records (the database import stores the result
     * itself). Nothing a document contains makes it throw: an unreadable document is a failed check.
     *
     * @param file the document's path (its name chooses the reader)
     * @param bytes its content
     */
    public DocumentCheck check(String file, byte[] bytes) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        Report report;
        try {
            report = Reports.read(name, bytes);
        } catch (UnreadableInputException e) {
            return DocumentCheck.failure(e.getMessage());
        } catch (RuntimeException | StackOverflowError bug) {
            // The reader promises not to throw on messy input; if it does, the run goes on without this file.
            return DocumentCheck.failure("读取时内部错误 / internal error while reading: " + bug);
        }
        try {
            return new DocumentCheck(checker.check(report), null);
        } catch (RuntimeException | StackOverflowError bug) {
            return DocumentCheck.failure("审核时内部错误 / internal error while checking: " + bug);
        }
    }

    /**
     * The error record of a file over {@link Reports#MAX_BYTES}, which is never read: its key is the SHA-256 of its
     * name and size (so that a resumed run skips it while it stays the same size).
     */
    public static DocumentAudit tooLarge(String file, long size) {
        long megabytes = size / (1024 * 1024);
        return failure(file, sha256(file + "\t" + size), "文件过大（" + megabytes + " MB，上限 "
                + Reports.MAX_BYTES / (1024 * 1024) + " MB）：" + file + " / file too large (" + megabytes
                + " MB, limit " + Reports.MAX_BYTES / (1024 * 1024) + " MB): " + file);
    }

    /** The error record of a file that could not be read (I/O error before reading): keyed by its name. */
    public static DocumentAudit unreadable(String file, IOException cause) {
        return failure(file, sha256(file),
                "无法读取文件：" + file + " / cannot read the file: " + file + " (" + cause + ")");
    }

    /** An error record for a file that could not even be fetched (I/O error before reading). */
    public static DocumentAudit failure(String file, String sha256, String message) {
        return new DocumentAudit(file, sha256, List.of(), List.of(), List.of(),
                List.<Object[]>of(new Object[] {file, sha256, message}));
    }

    /** The hex SHA-256 of a document's content. */
    public static String sha256(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The hex SHA-256 of a text (UTF-8). */
    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Object[] reportRecord(String file, String sha256, String region, CheckResult result) {
        Report report = result.report();
        List<Object> values = new ArrayList<>(List.of(file, sha256, report.kind().name(), report.year(), region));
        values.add(report.unit().name());
        values.add(report.unit().code());
        values.add(report.unit().type().name());
        Summary summary = report.summary();
        for (RecordComponent c : BatchTables.SUMMARY_COMPONENTS) {
            values.add(summaryValue(summary, c));
        }
        Map<Severity, Integer> counts = result.counts();
        values.add(report.tables().size());
        values.add(report.tables().stream().mapToInt(t -> t.rows().size()).sum());
        values.add(report.performanceGoals().size());
        values.add(report.issues().size());
        values.add(counts.get(Severity.ERROR));
        values.add(counts.get(Severity.WARNING));
        values.add(counts.get(Severity.INFO));
        return values.toArray();
    }

    private static BigDecimal summaryValue(Summary summary, RecordComponent component) {
        try {
            return (BigDecimal) component.getAccessor().invoke(summary);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Summary." + component.getName() + " cannot be read", e);
        }
    }

    private static List<Object[]> rowRecords(String file, String region, Report report) {
        List<Object[]> records = new ArrayList<>();
        Integer year = report.year(); // boxed once: a document has hundreds of row records
        for (DisclosureTable table : report.tables()) {
            Integer number = table.number();
            int index = 0;
            for (TableRow row : table.rows()) {
                Integer rowIndex = index;
                String side = row.side().name();
                Integer level = row.level();
                String key = row.key();
                if (row.amounts().isEmpty()) {
                    // A row with no published amount (a heading, a row of blank cells) is still a row of the table.
                    records.add(new Object[] {file, year, region, number, rowIndex, side, row.code(), row.name(),
                        row.altName(), level, key, null, null});
                }
                for (Map.Entry<String, BigDecimal> cell : row.amounts().entrySet()) {
                    records.add(new Object[] {file, year, region, number, rowIndex, side, row.code(), row.name(),
                        row.altName(), level, key, cell.getKey(), cell.getValue()});
                }
                index++;
            }
        }
        return records;
    }

    private static List<Object[]> findingRecords(String file, String region, CheckResult result) {
        List<Object[]> records = new ArrayList<>();
        int year = result.report().year();
        int index = 0;
        for (Finding f : result.findings()) {
            Location at = f.location();
            String tables = f.tables().stream().map(String::valueOf).collect(Collectors.joining(","));
            records.add(new Object[] {file, year, region, index++, f.rule(), f.severity().name(),
                f.category().name(), f.message(), tables, at.table(), at.row(), at.column(), at.section(),
                at.describe(), f.expected(), f.actual(),
                f.difference() == null ? null : f.difference().toPlainString(), f.basis()});
        }
        return records;
    }
}
