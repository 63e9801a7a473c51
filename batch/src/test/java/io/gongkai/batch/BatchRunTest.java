package io.gongkai.batch;

import static io.gongkai.batch.Records.dec;
import static io.gongkai.batch.Records.decimal;
import static io.gongkai.batch.Records.only;
import static io.gongkai.batch.Records.select;
import static io.gongkai.batch.Records.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * A corpus of seeds, a copy in a subdirectory and bad files through a whole run in each format, read back with
 * the library that wrote it; then resuming.
 */
class BatchRunTest {

    private static final TableSchema REPORTS = BatchTables.REPORTS;
    private static final TableSchema ROWS = BatchTables.ROWS;
    private static final TableSchema FINDINGS = BatchTables.FINDINGS;
    private static final TableSchema ERRORS = BatchTables.ERRORS;
    private static final DocumentAuditor AUDITOR = DocumentAuditor.standard();

    @TempDir
    Path temp;

    private Path corpus() throws IOException {
        Path corpus = temp.resolve("corpus");
        Seeds.copy(Seeds.S000, corpus.resolve("tunliu/000.txt"));
        Seeds.copy(Seeds.S001, corpus.resolve("xinzhou/001.txt"));
        Seeds.copy(Seeds.S004, corpus.resolve("tunliu/004.txt"));
        Seeds.copy(Seeds.S001, corpus.resolve("xinzhou/copy/001-again.txt"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("scan.pdf"), "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(corpus.resolve("minutes.txt"), "会议纪要：明天下午三点开会。", StandardCharsets.UTF_8);
        // Not documents: a truth file beside a generated document, and hidden files.
        Files.writeString(corpus.resolve("tunliu/000.truth.json"), "{}", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve(".DS_Store"), "x", StandardCharsets.UTF_8);
        return corpus;
    }

    /** One seed and one bad file: enough to resume, and quick. */
    private Path smallCorpus() throws IOException {
        Path corpus = temp.resolve("small");
        Seeds.copy(Seeds.S001, corpus.resolve("xinzhou/001.txt"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        return corpus;
    }

    private static BatchSummary run(Path corpus, Path out, TableFormat format, int partSize) throws IOException {
        return new BatchRun(AUDITOR, 2, partSize, BatchProgress.SILENT).run(corpus, OutputDirectory.open(out, format));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void writesTheFourTablesAndReadsThemBack(TableFormat format) throws IOException {
        Path out = temp.resolve("out");
        BatchSummary summary = run(corpus(), out, format, 3);

        assertThat(summary.documents()).isEqualTo(7);
        assertThat(summary.audited()).isEqualTo(4);
        assertThat(summary.failed()).isEqualTo(3);
        assertThat(summary.skipped()).isZero();

        List<Object[]> reports = TableFiles.read(out, format, REPORTS);
        assertThat(reports).extracting(r -> value(REPORTS, r, "file")).containsExactlyInAnyOrder(
                "tunliu/000.txt", "xinzhou/001.txt", "tunliu/004.txt", "xinzhou/copy/001-again.txt");
        // 000, seed line 135: 本年收入合计 847.18, 本年支出合计 1554.77 = 847.18 当年 + 707.59 上年结转.
        Object[] r000 = only(REPORTS, reports, "file", "tunliu/000.txt");
        assertThat(value(REPORTS, r000, "unit_name")).isEqualTo("长治市屯留区商务发展中心");
        assertThat(value(REPORTS, r000, "region")).isEqualTo("长治市屯留区");
        assertThat(value(REPORTS, r000, "year")).isEqualTo(2024);
        assertThat(value(REPORTS, r000, "unit_type")).isEqualTo("PUBLIC_INSTITUTION");
        assertThat(decimal(REPORTS, r000, "current_income")).isEqualTo(dec("847.18"));
        assertThat(decimal(REPORTS, r000, "carryover")).isEqualTo(dec("707.59"));
        assertThat(decimal(REPORTS, r000, "income_total")).isEqualTo(dec("1554.77"));
        Object[] r001 = only(REPORTS, reports, "file", "xinzhou/001.txt");
        assertThat(decimal(REPORTS, r001, "income_total")).isEqualTo(dec("1024.87"));
        assertThat(decimal(REPORTS, r001, "personnel")).isEqualTo(dec("447.07"));
        assertThat(value(REPORTS, r001, "unit_code")).isEqualTo("409");
        Object[] copy = only(REPORTS, reports, "file", "xinzhou/copy/001-again.txt");
        assertThat(value(REPORTS, copy, "sha256")).isEqualTo(value(REPORTS, r001, "sha256"));

        // Rows: table 5 of 001, seed line 310 (2011301 行政运行 358.46 358.46, no 项目支出), in every format.
        List<Object[]> rows = TableFiles.read(out, format, ROWS);
        List<Object[]> administration = select(ROWS, rows, "file", "xinzhou/001.txt", "table_number", 5,
                "code", "2011301");
        assertThat(administration).hasSize(2).allSatisfy(r -> {
            assertThat(value(ROWS, r, "name")).isEqualTo("行政运行");
            assertThat(decimal(ROWS, r, "amount")).isEqualTo(dec("358.46"));
        });
        // 000's table 1 (line 135): 本年支出合计 1554.77 in the expenditure side's total column.
        Object[] expenditure = only(ROWS, select(ROWS, rows, "file", "tunliu/000.txt", "table_number", 1,
                "side", "EXPENDITURE", "column_name", "total"), "row_key", "currentExpenditureTotal");
        assertThat(decimal(ROWS, expenditure, "amount")).isEqualTo(dec("1554.77"));
        // Each document's rows are all there: as many records per file as the per-document function makes.
        assertThat(select(ROWS, rows, "file", "xinzhou/001.txt"))
                .hasSameSizeAs(AUDITOR.audit("x", Seeds.bytes(Seeds.S001)).rows());

        // Findings: 001's known defects (DOMAIN.md), and the counts in reports agree with the findings table.
        List<Object[]> findings = TableFiles.read(out, format, FINDINGS);
        assertThat(select(FINDINGS, findings, "file", "xinzhou/001.txt", "severity", "ERROR"))
                .extracting(f -> value(FINDINGS, f, "rule")).containsExactly("COMP-010");
        for (Object[] report : reports) {
            String file = (String) value(REPORTS, report, "file");
            for (String severity : List.of("ERROR", "WARNING", "INFO")) {
                assertThat(select(FINDINGS, findings, "file", file, "severity", severity))
                        .as(file + " " + severity)
                        .hasSize((Integer) value(REPORTS, report, severity.toLowerCase() + "_count"));
            }
        }
        Object[] hospitality = only(FINDINGS, findings, "file", "xinzhou/001.txt", "rule", "XTAB-017");
        assertThat(value(FINDINGS, hospitality, "tables")).isEqualTo("10,6");
        assertThat(value(FINDINGS, hospitality, "severity")).isEqualTo("WARNING");
        assertThat(value(FINDINGS, hospitality, "region")).isEqualTo("忻州市");

        // Errors: the three bad files, each with its bilingual message; no truth or hidden file anywhere.
        List<Object[]> errors = TableFiles.read(out, format, ERRORS);
        assertThat(errors).extracting(e -> value(ERRORS, e, "file"))
                .containsExactlyInAnyOrder("empty.txt", "scan.pdf", "minutes.txt");
        assertThat(errors).allSatisfy(e -> assertThat((String) value(ERRORS, e, "message"))
                .contains(" / ").containsPattern("\\p{IsHan}").containsPattern("[a-z]{4,}"));
        assertThat((String) value(ERRORS, only(ERRORS, errors, "file", "scan.pdf"), "message")).contains("PDF");

        // Part size 3 over 7 documents: three parts, each committed in the manifest.
        assertThat(files(out.resolve(OutputDirectory.MANIFEST))).containsExactly(
                "part-00000.tsv", "part-00001.tsv", "part-00002.tsv");
    }

    @Test
    void aResumedRunSkipsWhatIsDoneAndDoesOnlyNewFiles() throws IOException {
        Path corpus = smallCorpus();
        Path out = temp.resolve("out");
        run(corpus, out, TableFormat.JSONL, 1);
        List<String> firstParts = files(out.resolve("reports"));

        BatchSummary again = run(corpus, out, TableFormat.JSONL, 1);
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(again.audited() + again.failed()).isZero();
        assertThat(files(out.resolve("reports"))).isEqualTo(firstParts);

        Seeds.copy(Seeds.S001, corpus.resolve("late/001-late.txt"));
        BatchSummary third = run(corpus, out, TableFormat.JSONL, 1);
        assertThat(third.skipped()).isEqualTo(2);
        assertThat(third.audited()).isEqualTo(1);
        List<Object[]> reports = TableFiles.read(out, TableFormat.JSONL, REPORTS);
        assertThat(reports).extracting(r -> value(REPORTS, r, "file"))
                .containsExactlyInAnyOrder("xinzhou/001.txt", "late/001-late.txt");
        assertThat(TableFiles.read(out, TableFormat.JSONL, ERRORS)).hasSize(1);
        assertThat(files(out.resolve(OutputDirectory.MANIFEST))).hasSize(3);
    }

    @Test
    void aCorpusReachedThroughASymbolicLinkIsWalked() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("linked"), smallCorpus());
        BatchSummary summary = run(link, temp.resolve("out"), TableFormat.JSONL, 10);
        assertThat(summary.audited()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(TableFiles.read(temp.resolve("out"), TableFormat.JSONL, REPORTS))
                .extracting(r -> value(REPORTS, r, "file")).containsExactly("xinzhou/001.txt");
    }

    @Test
    void aPartThatNeverCommittedIsRemovedAndRedone() throws IOException {
        Path corpus = smallCorpus();
        Path out = temp.resolve("out");
        run(corpus, out, TableFormat.CSV, 100);
        // Simulate a crash after the table files of the only part were renamed but before its manifest was:
        Files.delete(out.resolve(OutputDirectory.MANIFEST).resolve("part-00000.tsv"));
        Files.writeString(out.resolve("rows").resolve(".tmp-part-00001.csv"), "half", StandardCharsets.UTF_8);

        BatchSummary resumed = run(corpus, out, TableFormat.CSV, 100);

        assertThat(resumed.skipped()).isZero();
        assertThat(resumed.audited()).isEqualTo(1);
        assertThat(resumed.failed()).isEqualTo(1);
        assertThat(files(out.resolve("rows"))).containsExactly("part-00000.csv");
        assertThat(TableFiles.read(out, TableFormat.CSV, REPORTS)).hasSize(1);
        assertThat(TableFiles.read(out, TableFormat.CSV, ERRORS)).hasSize(1);
    }

    @Test
    void anOutputDirectoryKeepsItsFormat() throws IOException {
        Path out = temp.resolve("out");
        run(smallCorpus(), out, TableFormat.CSV, 100);
        assertThatThrownBy(() -> OutputDirectory.open(out, TableFormat.PARQUET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--format csv").hasMessageContaining("输出目录");
    }

    private static List<String> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
