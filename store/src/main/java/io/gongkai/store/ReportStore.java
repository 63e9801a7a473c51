package io.gongkai.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.SourceRef;
import io.gongkai.model.Summary;
import io.gongkai.model.Unit;
import io.gongkai.model.UnitType;
import io.gongkai.render.findings.CheckedFile;
import io.gongkai.render.json.ReportJsonReader;
import io.gongkai.render.json.ReportJsonWriter;
import io.gongkai.rules.Category;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Evidence;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Location;
import io.gongkai.rules.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The store's front door: imports disclosure files and reads stored reports back.
 *
 * <p>An import reads the file with ingest's {@link Reports#read(Path)}, checks it with the whole rule catalogue and
 * writes the upload, the report (its canonical JSON and key figures), its normalised rows and its findings in one
 * transaction: all or nothing. The same file (same SHA-256) imported again changes nothing; another file for the
 * same unit, kind and year becomes the next version. Thread-safe.
 */
public final class ReportStore {

    static final String REPORT_COLUMNS = "r.id, r.kind, r.report_year, r.version, r.file_name, r.source_sha256, "
            + "r.imported_at, r.imported_by, r.status, r.error_count, r.warning_count, r.info_count, r.table_count, "
            + "r.income_total, r.expenditure_total, r.basic_expenditure, r.project_expenditure, r.personnel, "
            + "r.public_expense, r.three_public_total, r.institution_operating, r.project_count, r.approved_on, "
            + "r.published_on, u.id AS unit_id, u.name AS unit_name, u.code AS unit_code, u.region, u.level";

    static final RowMapper<StoredReport> REPORT_MAPPER = ReportStore::mapReport;

    /** The unit name stored for a report whose unit could not be read. */
    static final String UNIDENTIFIED_UNIT = "未识别单位";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How often an import is tried when concurrent imports keep taking the same unit or version first. */
    private static final int MAX_IMPORT_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Checker checker;
    private final AuditLog audit;
    private final Clock clock;

    public ReportStore(DataSource dataSource) {
        this(dataSource, Checker.standard(), Clock.systemUTC());
    }

    public ReportStore(DataSource dataSource, Checker checker, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.checker = checker;
        this.clock = clock;
        this.audit = new AuditLog(dataSource, clock);
    }

    /**
     * Reads, checks and stores a file.
     *
     * @throws UnreadableInputException when the file is not a readable disclosure (nothing is stored)
     */
    public ImportResult importFile(ImportRequest request) throws UnreadableInputException {
        String sha256 = sha256(request.content());
        Optional<StoredReport> existing = findBySha256(sha256);
        if (existing.isPresent()) {
            return new ImportResult(ImportResult.Outcome.UNCHANGED, existing.get());
        }
        Report report = read(request);
        return importChecked(request, sha256, checker.check(report));
    }

    /**
     * Stores a report that the caller has read and checked already (the command line's bulk import reads and
     * checks with the batch module's per-document function), in one transaction: all or nothing. Nothing changes
     * when a report of the same content is stored. Safe to call from many threads at once: when another import
     * creates the same unit or the same version at the same moment, this one is retried on what that one committed.
     *
     * @param sha256 the hex SHA-256 of {@code request.content()}
     * @param result the check of the report read from {@code request.content()}
     */
    public ImportResult importChecked(ImportRequest request, String sha256, CheckResult result) {
        Report report = result.report();
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> insert(request, sha256, report, result));
            } catch (DuplicateKeyException raced) {
                // The same file was imported at the same moment by another request: that import stands.
                Optional<StoredReport> stored = findBySha256(sha256);
                if (stored.isPresent()) {
                    return new ImportResult(ImportResult.Outcome.UNCHANGED, stored.get());
                }
                if (attempt == MAX_IMPORT_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Checks and stores a report made from the uploaded file by other means than the disclosure readers (a report
     * derived from a department's budget data by author's {@code ReportAuthor}): the file is kept as the upload and
     * identifies the report, exactly as {@link #importFile} does; the same file again changes nothing.
     */
    public ImportResult importReport(ImportRequest request, Report report) {
        String sha256 = sha256(request.content());
        Optional<StoredReport> existing = findBySha256(sha256);
        if (existing.isPresent()) {
            return new ImportResult(ImportResult.Outcome.UNCHANGED, existing.get());
        }
        return importChecked(request, sha256, checker.check(report));
    }

    /** Whether a file of this content (hex SHA-256) is stored: a bulk import skips it without reading it. */
    public boolean containsSource(String sha256) {
        return findBySha256(sha256).isPresent();
    }

    /** Reads a report (without storing it) as the import would. */
    public static Report read(ImportRequest request) throws UnreadableInputException {
        if (request.content().length == 0) {
            throw new UnreadableInputException("文件是空的：" + request.fileName(),
                    "the file is empty: " + request.fileName());
        }
        Report report;
        Path directory = null;
        try {
            directory = Files.createTempDirectory("gongkai-import");
            Path file = directory.resolve(safeFileName(request.fileName()));
            Files.write(file, request.content());
            report = Reports.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the upload in a temporary file", e);
        } finally {
            deleteQuietly(directory);
        }
        requireTables(report, request.fileName());
        return report;
    }

    /**
     * Refuses a report in which no disclosure table was recognised (the file is not a disclosure): the store keeps
     * only reports with tables.
     */
    public static void requireTables(Report report, String fileName) throws UnreadableInputException {
        if (report.tables().isEmpty()) {
            throw new UnreadableInputException(
                    "未能从文件中识别出任何预决算公开表格，未保存：" + fileName,
                    "no disclosure table could be recognised in the file; nothing was saved: " + fileName);
        }
    }

    private ImportResult insert(ImportRequest request, String sha256, Report report, CheckResult result) {
        StoredUnit unit = findOrCreateUnit(report.unit(), request);
        LocalDateTime now = LocalDateTime.now(clock);
        long uploadId = insertUpload(request, sha256, now);
        Integer latest = jdbc.queryForObject("SELECT MAX(version) FROM reports WHERE unit_id = ? AND kind = ? "
                + "AND report_year = ?", Integer.class, unit.id(), report.kind().name(), report.year());
        int version = latest == null ? 1 : latest + 1;
        long reportId = insertReport(request, sha256, report, result, unit, uploadId, version, now);
        jdbc.update("UPDATE reports SET latest = FALSE WHERE unit_id = ? AND kind = ? AND report_year = ? AND id <> ?",
                unit.id(), report.kind().name(), report.year(), reportId);
        jdbc.update("INSERT INTO report_documents (report_id, document) VALUES (?, ?)", reportId,
                ReportJsonWriter.withProvenance().toTree(report).toString());
        ReportRowsWriter rows = new ReportRowsWriter(jdbc);
        rows.write(reportId, report, result.findings());
        rows.writeSearchGrams(reportId, unit.name(), report.projects());
        audit.record(request.user(), "IMPORT", "report " + reportId,
                unit.name() + " " + report.year() + " " + report.kind().name() + " v" + version + " ("
                        + request.fileName() + ")");
        StoredReport stored = find(reportId).orElseThrow();
        return new ImportResult(version == 1 ? ImportResult.Outcome.IMPORTED : ImportResult.Outcome.NEW_VERSION,
                stored);
    }

    private long insertUpload(ImportRequest request, String sha256, LocalDateTime now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO uploads (file_name, sha256, size_bytes, content, "
                    + "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, ReportRowsWriter.cut(request.fileName(), 500));
            ps.setString(2, sha256);
            ps.setLong(3, request.content().length);
            ps.setBytes(4, request.content());
            ps.setString(5, request.user());
            ps.setTimestamp(6, Timestamp.valueOf(now));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private long insertReport(ImportRequest request, String sha256, Report report, CheckResult result,
                              StoredUnit unit, long uploadId, int version, LocalDateTime now) {
        Summary s = report.summary();
        Map<Severity, Integer> counts = result.counts();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Object[] args = {unit.id(), report.kind().name(), report.year(), version, uploadId, sha256,
            ReportRowsWriter.cut(request.fileName(), 500), Timestamp.valueOf(now), request.user(),
            "DRAFT", counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO),
            report.tables().size(), s.incomeTotal(), s.expenditureTotal(), s.basicExpenditure(),
            s.projectExpenditure(), s.personnel(), s.publicExpense(), s.threePublicTotal(),
            s.institutionOperating(), s.projectCount() == null ? null : s.projectCount().intValue(), unit.region(),
            unit.name()};
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO reports (unit_id, kind, report_year, version, upload_id, "
                    + "source_sha256, file_name, imported_at, imported_by, status, error_count, "
                    + "warning_count, info_count, table_count, income_total, expenditure_total, basic_expenditure, "
                    + "project_expenditure, personnel, public_expense, three_public_total, institution_operating, "
                    + "project_count, unit_region, unit_name) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private StoredUnit findOrCreateUnit(Unit unit, ImportRequest request) {
        String requestedRegion = request.region();
        String name = unit.name() == null || unit.name().isBlank() ? UNIDENTIFIED_UNIT : unit.name().strip();
        Regions.Region guessed = Regions.guess(name);
        String region = requestedRegion == null ? guessed.name() : requestedRegion;
        String level = requestedRegion == null ? guessed.level().name()
                : Regions.levelOf(requestedRegion).name();
        List<StoredUnit> found = jdbc.query("SELECT id, name, code, region, level FROM units WHERE name = ? "
                + "AND region = ?", UNIT_MAPPER, name, region);
        if (!found.isEmpty()) {
            StoredUnit stored = found.get(0);
            if (request.editableUnits() != null && !request.editableUnits().contains(stored.id())) {
                throw new ImportRefusedException("无权修改该单位的报告：" + stored.name(),
                        "you may not change the reports of " + stored.name());
            }
            if (stored.code() == null && unit.code() != null) {
                jdbc.update("UPDATE units SET code = ? WHERE id = ?", unit.code(), stored.id());
            }
            return stored;
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String type = unit.type() == null ? UnitType.UNKNOWN.name() : unit.type().name();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO units (name, code, region, level, unit_type) "
                    + "VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, ReportRowsWriter.cut(name, 300));
            ps.setString(2, ReportRowsWriter.cut(unit.code(), 50));
            ps.setString(3, region);
            ps.setString(4, level);
            ps.setString(5, type);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        if (request.editableUnits() != null) {
            jdbc.update("INSERT INTO user_units (user_id, unit_id) SELECT id, ? FROM users WHERE username = ?", id,
                    request.user());
        }
        return new StoredUnit(id, name, unit.code(), region, level);
    }

    static final RowMapper<StoredUnit> UNIT_MAPPER = (rs, i) -> new StoredUnit(rs.getLong("id"),
            rs.getString("name"), rs.getString("code"), rs.getString("region"), rs.getString("level"));

    /** The stored report with this id. */
    public Optional<StoredReport> find(long id) {
        return jdbc.query("SELECT " + REPORT_COLUMNS + " FROM reports r JOIN units u ON u.id = r.unit_id "
                + "WHERE r.id = ?", REPORT_MAPPER, id).stream().findFirst();
    }

    private Optional<StoredReport> findBySha256(String sha256) {
        return jdbc.query("SELECT " + REPORT_COLUMNS + " FROM reports r JOIN units u ON u.id = r.unit_id "
                + "WHERE r.source_sha256 = ?", REPORT_MAPPER, sha256).stream().findFirst();
    }

    /** Every stored version of the same unit's report of the same kind and year, oldest first. */
    public List<StoredReport> versions(StoredReport report) {
        return jdbc.query("SELECT " + REPORT_COLUMNS + " FROM reports r JOIN units u ON u.id = r.unit_id "
                + "WHERE r.unit_id = ? AND r.kind = ? AND r.report_year = ? ORDER BY r.version", REPORT_MAPPER,
                report.unit().id(), report.kind(), report.year());
    }

    /** The report's canonical JSON (as {@code gongkai extract --format json} prints it, with provenance). */
    public Optional<JsonNode> document(long id) {
        List<String> found = jdbc.queryForList("SELECT document FROM report_documents WHERE report_id = ?",
                String.class, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(found.get(0)));
        } catch (IOException e) {
            throw new UncheckedIOException("stored document of report " + id + " is not JSON", e);
        }
    }

    /**
     * The whole report model of a stored report, read from its canonical JSON document (so it needs neither the
     * uploaded file nor the reader that read it; the format leaves out page boxes and OCR marks of sources). Its
     * source names the uploaded file. Empty for an unknown id.
     */
    public Optional<Report> report(long id) {
        Optional<StoredReport> stored = find(id);
        Optional<JsonNode> document = document(id);
        if (stored.isEmpty() || document.isEmpty()) {
            return Optional.empty();
        }
        Report read = ReportJsonReader.read(document.get());
        return Optional.of(new Report(read.kind(), read.year(), read.unit(), read.overview(), read.tables(),
                read.narrative(), read.projects(), read.performanceGoals(), read.selfEvaluations(), read.assets(),
                read.procurement(), read.glossary(), read.issues(),
                new SourceRef(stored.get().fileName(), 0, 0, "")));
    }

    /** The uploaded file's bytes. */
    public Optional<byte[]> source(long id) {
        return jdbc.query("SELECT p.content FROM reports r JOIN uploads p ON p.id = r.upload_id WHERE r.id = ?",
                (rs, i) -> rs.getBytes(1), id).stream().findFirst();
    }

    /** The stored findings of a report, in the checker's order. */
    public List<Finding> findings(long id) {
        return jdbc.query("SELECT rule_id, severity, category, message, tables, table_number, row_label, "
                + "column_name, section, expected, actual, difference, basis, evidence FROM findings "
                + "WHERE report_id = ? ORDER BY ordinal", ReportStore::mapFinding, id);
    }

    /**
     * The stored findings with the report's identity, as the findings writers (JSON, SARIF, CSV, XLSX) take them.
     * The report in it carries kind, year and unit only; the full report is the {@link #document(long)}.
     */
    public Optional<CheckedFile> checkedFile(long id) {
        return find(id).map(stored -> new CheckedFile(stored.fileName(), new CheckResult(identity(stored),
                findings(id))));
    }

    /**
     * A stored report's identity as a report model: kind, year, unit (name and code) and the uploaded file's name as
     * its source; no tables or text. What the findings writers print about a report.
     */
    public static Report identity(StoredReport stored) {
        return new Report(ReportKind.valueOf(stored.kind()), stored.year(),
                new Unit(stored.unit().name(), stored.unit().code(), UnitType.UNKNOWN), null, List.of(), null,
                List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                new SourceRef(stored.fileName(), 0, 0, null));
    }

    /** The audit log this store writes to. */
    public AuditLog audit() {
        return audit;
    }

    private static Finding mapFinding(ResultSet rs, int rowNum) throws SQLException {
        String tables = rs.getString("tables");
        List<Integer> tableNumbers = tables.isEmpty() ? List.of()
                : Arrays.stream(tables.split(",")).map(Integer::valueOf).toList();
        Integer table = (Integer) rs.getObject("table_number", Integer.class);
        Location location = new Location(table, rs.getString("row_label"), rs.getString("column_name"),
                rs.getString("section"));
        return new Finding(rs.getString("rule_id"), Severity.valueOf(rs.getString("severity")),
                Category.valueOf(rs.getString("category")), rs.getString("message"), tableNumbers, location,
                rs.getString("expected"), rs.getString("actual"), decimal(rs.getString("difference")),
                rs.getString("basis"), evidence(rs.getString("evidence")));
    }

    private static List<Evidence> evidence(String json) {
        List<Evidence> evidence = new ArrayList<>();
        try {
            for (JsonNode item : JSON.readTree(json)) {
                JsonNode source = item.get("source");
                SourceRef ref = source == null || source.isNull() ? SourceRef.NONE
                        : new SourceRef(text(source, "file"), source.path("page").asInt(),
                                source.path("line").asInt(), text(source, "raw"));
                evidence.add(new Evidence(text(item, "what"), text(item, "value"), ref));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stored evidence is not JSON", e);
        }
        return evidence;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static StoredReport mapReport(ResultSet rs, int rowNum) throws SQLException {
        StoredUnit unit = new StoredUnit(rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("unit_code"), rs.getString("region"), rs.getString("level"));
        Integer projectCount = rs.getObject("project_count", Integer.class);
        StoredReport.KeyFigures figures = new StoredReport.KeyFigures(money(rs, "income_total"),
                money(rs, "expenditure_total"), money(rs, "basic_expenditure"), money(rs, "project_expenditure"),
                money(rs, "personnel"), money(rs, "public_expense"), money(rs, "three_public_total"),
                money(rs, "institution_operating"), projectCount);
        Date approved = rs.getDate("approved_on");
        Date published = rs.getDate("published_on");
        return new StoredReport(rs.getLong("id"), unit, rs.getString("kind"), rs.getInt("report_year"),
                rs.getInt("version"), rs.getString("file_name"), rs.getString("source_sha256"),
                rs.getTimestamp("imported_at").toLocalDateTime(), rs.getString("imported_by"),
                rs.getString("status"), rs.getInt("error_count"), rs.getInt("warning_count"),
                rs.getInt("info_count"), rs.getInt("table_count"), figures,
                approved == null ? null : approved.toLocalDate(), published == null ? null : published.toLocalDate());
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** The uploaded name without any directory part or characters a file system would refuse. */
    static String safeFileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\x00-\\x1f:*?\"<>|]", "_");
        if (base.isBlank() || base.equals(".") || base.equals("..")) {
            return "upload.txt";
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    private static void deleteQuietly(Path directory) {
        try {
            if (directory != null) {
                FileSystemUtils.deleteRecursively(directory);
            }
        } catch (IOException ignored) {
            // A temporary file left behind is harmless; the import's result does not depend on it.
        }
    }
}
