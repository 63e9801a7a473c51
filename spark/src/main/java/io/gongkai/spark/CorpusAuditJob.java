package io.gongkai.spark;

import io.gongkai.batch.BatchTables;
import io.gongkai.batch.CorpusFiles;
import io.gongkai.batch.DocumentAudit;
import io.gongkai.batch.DocumentAuditor;
import io.gongkai.batch.TableSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

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
        SparkSession spark = SparkSession.builder().appName("gongkai corpus audit").getOrCreate();
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
     * @param partitions the least number of input partitions, or 0 for Spark's default parallelism
     */
    public static Map<String, Long> run(SparkSession spark, String input, String output, int partitions)
            throws IOException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Search directories recursively, as gongkai batch does.
        context.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        String base = qualifiedBase(input, context);
        int minPartitions = partitions > 0 ? partitions : context.defaultParallelism();
        JavaPairRDD<String, PortableDataStream> files = context.binaryFiles(input, minPartitions);
        JavaRDD<DocumentAudit> audits = files
                .filter(file -> CorpusFiles.isDocument(relative(base, file._1())))
                .map(file -> Auditor.INSTANCE.audit(relative(base, file._1()), file._2().toArray()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (TableSchema table : BatchTables.ALL) {
                Dataset<Row> frame = spark.createDataFrame(
                        audits.flatMap(a -> a.records(table).stream().map(RowFactory::create).iterator()),
                        SparkTables.structType(table));
                var writer = frame.write().mode(SaveMode.Overwrite);
                if (PARTITIONED.contains(table)) {
                    writer = writer.partitionBy("year", "region");
                }
                writer.parquet(output + "/" + table.name());
                counts.put(table.name(), frame.count()); // cheap: the audits are persisted
            }
            return counts;
        } finally {
            audits.unpersist(false);
        }
    }

    /** The input's directory (before any wildcard) as the file system qualifies it, without a trailing slash. */
    static String qualifiedBase(String input, JavaSparkContext context) throws IOException {
        Path path = new Path(input);
        Path base = path;
        for (Path p = path; p != null; p = p.getParent()) {
            if (p.getName().matches(".*[*?\\[\\]{}].*")) {
                base = p.getParent();
            }
        }
        FileSystem fs = base.getFileSystem(context.hadoopConfiguration());
        if (base == path && !fs.getFileStatus(base).isDirectory()) {
            base = base.getParent();
        }
        String qualified = fs.makeQualified(base).toString();
        return qualified.endsWith("/") ? qualified.substring(0, qualified.length() - 1) : qualified;
    }

    /** A file's path relative to the base ('/'-separated), or its whole path when it lies elsewhere. */
    static String relative(String base, String file) {
        String normalised = new Path(file).toString();
        String prefix = base + "/";
        return normalised.startsWith(prefix) ? normalised.substring(prefix.length()) : normalised;
    }

    /** One auditor per executor JVM: the checker is thread-safe and costly to build, and not serializable. */
    private static final class Auditor {
        static final DocumentAuditor INSTANCE = Objects.requireNonNull(DocumentAuditor.standard());
    }
}
