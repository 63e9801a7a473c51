package io.gongkai.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.batch.BatchProgress;
import io.gongkai.batch.BatchRun;
import io.gongkai.batch.BatchSummary;
import io.gongkai.batch.BatchTables;
import io.gongkai.batch.DocumentAuditor;
import io.gongkai.batch.OutputDirectory;
import io.gongkai.batch.TableFiles;
import io.gongkai.batch.TableFormat;
import io.gongkai.batch.TableSchema;
import io.gongkai.ingest.Reports;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] on a corpus of seeds, copies and bad files gives exactly the records that
 * {@code gongkai batch} gives on the same files, in all four tables, and partitions by year and region.
 */
class CorpusAuditJobTest {

    private static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void startSpark() {
        // The job's own serializer settings (Kryo for the kept audits), as CorpusAuditJob.main sets them.
        spark = SparkSession.builder().master("local[2]").appName("gongkai test")
                .config(CorpusAuditJob.withKryo(new SparkConf()))
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sparkWritesTheSameTablesAsBatchPartitionedByYearAndRegion() throws IOException {
        Path corpus = corpus();
        Path batchOut = temp.resolve("batch");
        BatchSummary batch = new BatchRun(DocumentAuditor.standard(), 2, 5, BatchProgress.SILENT)
                .run(corpus, OutputDirectory.open(batchOut, TableFormat.JSONL));
        assertThat(batch.audited()).isEqualTo(6);
        assertThat(batch.failed()).isEqualTo(3);

        Path sparkOut = temp.resolve("spark");
        Map<String, Long> counts = CorpusAuditJob.run(spark, corpus.toUri().toString(), sparkOut.toString(), 3);

        for (TableSchema table : BatchTables.ALL) {
            List<String> expected = normalised(TableFiles.read(batchOut, TableFormat.JSONL, table));
            List<String> actual = normalised(readSpark(sparkOut, table));
            assertThat(actual).as(table.name()).isNotEmpty().isEqualTo(expected);
            assertThat(counts.get(table.name())).isEqualTo(expected.size());
        }
        assertThat(counts.get("reports")).isEqualTo(6);
        assertThat(counts.get("errors")).isEqualTo(3);
        assertThat(readSpark(sparkOut, BatchTables.ERRORS)).filteredOn(r -> r[0].equals("copies/huge.pdf"))
                .singleElement().satisfies(r -> assertThat((String) r[2]).contains("文件过大", "file too large"));
        // Partitions: 000 and 004 are 长治市屯留区 units, 001 is 忻州市's; all are 2024 budgets.
        assertThat(Files.isDirectory(sparkOut.resolve("reports/year=2024/region=长治市屯留区"))).isTrue();
        assertThat(Files.isDirectory(sparkOut.resolve("rows/year=2024/region=忻州市"))).isTrue();
        assertThat(Files.isDirectory(sparkOut.resolve("findings/year=2024/region=忻州市"))).isTrue();
        assertThat(spark.read().parquet(sparkOut.resolve("reports").toString())
                .where("region = '忻州市'").count()).isEqualTo(2);
    }

    @Test
    void aGlobSelectsFilesAndNamesThemRelativeToTheDirectoryBeforeTheWildcard() throws IOException {
        Path corpus = corpus();
        Path out = temp.resolve("glob");
        // */0*.txt: the three documents one level down; copies/1/… is two levels down, minutes.txt at the top.
        String glob = corpus.toUri().toString() + "*/0*.txt";

        Map<String, Long> counts = CorpusAuditJob.run(spark, glob, out.toString(), 0);

        assertThat(counts.get("reports")).isEqualTo(3);
        assertThat(readSpark(out, BatchTables.REPORTS)).extracting(r -> r[0])
                .containsExactlyInAnyOrder("tunliu/000.txt", "tunliu/004.txt", "xinzhou/001.txt");
    }

    private Path corpus() throws IOException {
        Path corpus = temp.resolve("corpus");
        if (Files.isDirectory(corpus)) {
            return corpus;
        }
        copy("000_c275e096c8611f2e.txt", corpus.resolve("tunliu/000.txt"));
        copy("004_741ea1e83a699561.txt", corpus.resolve("tunliu/004.txt"));
        copy("001_2dc8c89a6b4bfa48.txt", corpus.resolve("xinzhou/001.txt"));
        copy("000_c275e096c8611f2e.txt", corpus.resolve("copies/1/000.txt"));
        copy("004_741ea1e83a699561.txt", corpus.resolve("copies/1/004.txt"));
        copy("001_2dc8c89a6b4bfa48.txt", corpus.resolve("copies/1/001.txt"));
        Files.write(corpus.resolve("copies/empty.txt"), new byte[0]);
        // Over the 200 MB limit (sparse, so nothing is written): an error record, never read, in both.
        try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("copies/huge.pdf").toFile(), "rw")) {
            huge.setLength(Reports.MAX_BYTES + 1);
        }
        Files.writeString(corpus.resolve("minutes.txt"), "会议纪要：明天下午三点开会。", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("tunliu/000.truth.json"), "{}", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve(".hidden.txt"), "x", StandardCharsets.UTF_8);
        return corpus;
    }

    private static void copy(String seed, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = CorpusAuditJobTest.class.getResourceAsStream("/seeds/" + seed)) {
            assertThat(in).as(seed).isNotNull();
            Files.copy(in, target);
        }
    }

    /** A Spark table's records with the batch schema's columns in order (partition columns come back last). */
    private static List<Object[]> readSpark(Path out, TableSchema table) {
        Column[] columns = table.fields().stream().map(f -> functions.col(f.name())).toArray(Column[]::new);
        List<Object[]> records = new ArrayList<>();
        for (Row row : spark.read().parquet(out.resolve(table.name()).toString()).select(columns).collectAsList()) {
            Object[] record = new Object[row.length()];
            for (int i = 0; i < record.length; i++) {
                record[i] = row.isNullAt(i) ? null : row.get(i);
            }
            records.add(record);
        }
        return records;
    }

    /** Records as sorted lines, decimals by value (Parquet keeps scale 4, JSON lines the published scale). */
    private static List<String> normalised(List<Object[]> records) {
        return records.stream().map(r -> {
            StringBuilder sb = new StringBuilder();
            for (Object value : r) {
                sb.append(value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value)
                        .append('\u0001');
            }
            return sb.toString();
        }).sorted().toList();
    }

}
