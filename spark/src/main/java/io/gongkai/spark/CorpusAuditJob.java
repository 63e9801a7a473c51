package io.gongkai.spark;

import io.gongkai.batch.BatchTables;
import io.gongkai.batch.DocumentAudit;
import io.gongkai.batch.DocumentAuditor;
import io.gongkai.batch.TableSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The Spark job: reads and checks every document of a corpus (a directory, searched recursively, or a glob, on
 * any Hadoop file system: local, HDFS, S3 through s3a) with the batch module's per-document function
 * ({@link DocumentAuditor}, the one code path of batch and Spark), and writes the tables reports, rows and
 * findings as Parquet partitioned by {@code year} and {@code region}, and errors unpartitioned.
 *
 * <pre>
 * spark-submit --class io.gongkai.spark.CorpusAuditJob gongkai-spark.jar INPUT OUTPUT [--partitions N]
 * </pre>
 * The output directory is replaced. Files are named by their path relative to the input directory (for a glob,
 * to the directory before the first wildcard), as {@code gongkai batch} names them.
 */
public final class CorpusAuditJob {

    /** The tables partitioned by year and region (errors have neither). */
    static final List<TableSchema> PARTITIONED = List.of(BatchTables.REPORTS, BatchTables.ROWS,
            BatchTables.FINDINGS);

    private CorpusAuditJob() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && !(args.length == 4 && "--partitions".equals(args[2]))) {
            System.err.println("用法 / usage: CorpusAuditJob INPUT OUTPUT [--partitions N]");
            System.exit(2);
        }
        int partitions = args.length == 4 ? Integer.parseInt(args[3]) : 0;
        SparkSession spark = SparkSession.builder().appName("gongkai corpus audit")
                .config(withKryo(new SparkConf())).getOrCreate();
        try {
            Map<String, Long> counts = run(spark, args[0], args[1], partitions);
            System.err.println("gongkai spark: " + counts);
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job and returns the number of records written per table.
     *
     * @param partitions the number of tasks the documents are split into, or 0 for Spark's default parallelism
     */
    public static Map<String, Long> run(SparkSession spark, String input, String output, int partitions)
            throws IOException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        List<InputDocument> documents = InputDocument.list(input, hadoop);
        int slices = partitions > 0 ? partitions : context.defaultParallelism();
        Broadcast<SerializableConfiguration> executorHadoop = context.broadcast(new SerializableConfiguration(hadoop));
        JavaRDD<Object[][][]> audits = context.parallelize(documents, Math.max(1, Math.min(slices, documents.size())))
                .map(document -> tablesOf(document.audit(Auditor.INSTANCE, executorHadoop.value().value())))
                // Kept serialised (Kryo, see withKryo) for the four table jobs below: compact, and cheaper than
                // keeping objects, whose size Spark estimates by walking them again and again as a block grows.
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Map<String, Long> counts = recordCounts(audits); // audits every document once, into the cache
            for (int t = 0; t < BatchTables.ALL.size(); t++) {
                TableSchema table = BatchTables.ALL.get(t);
                int index = t;
                Dataset<Row> frame = spark.createDataFrame(
                        audits.flatMap(a -> Arrays.stream(a[index]).map(RowFactory::create).iterator()),
                        SparkTables.structType(table));
                var writer = frame.write().mode(SaveMode.Overwrite);
                if (PARTITIONED.contains(table)) {
                    writer = writer.partitionBy("year", "region");
                }
                writer.parquet(output + "/" + table.name());
            }
            return counts;
        } finally {
            audits.unpersist(false);
        }
    }

    /**
     * Sets the serializer for the kept audits: Kryo, with the classes of {@link #tablesOf}'s arrays registered
     * and, unless the configuration says otherwise, without reference tracking: the records are trees of
     * arrays, strings and numbers with no cycles, and a string shared by many records (a document's path) is
     * written again rather than looked up in an identity map on every value (docs/spark.md, "How the job runs").
     */
    static SparkConf withKryo(SparkConf conf) {
        return conf.setIfMissing("spark.kryo.referenceTracking", "false")
                .registerKryoClasses(new Class<?>[] {Object[][][].class, Object[][].class, Object[].class,
                    BigDecimal.class, BigInteger.class});
    }

    /**
     * A document's records per table, in {@link BatchTables#ALL}'s order: plain arrays of String, Integer and
     * BigDecimal, which Kryo serialises with its built-in serializers (it cannot rebuild the record DocumentAudit).
     */
    static Object[][][] tablesOf(DocumentAudit audit) {
        return BatchTables.ALL.stream().map(table -> audit.records(table).toArray(Object[][]::new))
                .toArray(Object[][][]::new);
    }

    /** The number of records of each table (in {@link BatchTables#ALL}'s order), from one pass over the audits. */
    private static Map<String, Long> recordCounts(JavaRDD<Object[][][]> audits) {
        long[] sums = audits.map(CorpusAuditJob::countsOf)
                .fold(new long[BatchTables.ALL.size()], CorpusAuditJob::sum);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < sums.length; i++) {
            counts.put(BatchTables.ALL.get(i).name(), sums[i]);
        }
        return counts;
    }

    private static long[] countsOf(Object[][][] tables) {
        return Arrays.stream(tables).mapToLong(records -> records.length).toArray();
    }

    private static long[] sum(long[] a, long[] b) {
        long[] sum = new long[a.length];
        Arrays.setAll(sum, i -> a[i] + b[i]);
        return sum;
    }

    /** One auditor per executor JVM: the checker is thread-safe and costly to build, and not serializable. */
    private static final class Auditor {
        static final DocumentAuditor INSTANCE = Objects.requireNonNull(DocumentAuditor.standard());
    }
}
