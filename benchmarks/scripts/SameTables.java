import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Whether two runs wrote the same records: for each of the tables reports, rows, findings and errors, the
 * records of directory A and of directory B as multisets (Spark's {@code exceptAll} both ways), over A's columns
 * (B's partition columns, if any, come back as ordinary columns). Either side may be the Spark job's output
 * (partitioned Parquet) or {@code gongkai batch --format parquet}'s (a table directory missing on either side,
 * such as batch's errors when no file failed, is reported and not compared). Prints one line per table and exits
 * 1 when any table differs. Run it with Spark's jars on the class path, e.g. through SparkSubmit as
 * {@code benchmarks/scripts/spark-submit-local.sh} does:
 * {@code java --add-opens=… -cp "$spark_cp" benchmarks/scripts/SameTables.java A B}.
 */
public final class SameTables {

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("same tables")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        boolean same = true;
        for (String table : new String[] {"reports", "rows", "findings", "errors"}) {
            if (!Files.isDirectory(Path.of(args[0], table)) || !Files.isDirectory(Path.of(args[1], table))) {
                // gongkai batch writes no errors directory when no file failed.
                System.out.printf("%-9s in A: %s, in B: %s%n", table, Files.isDirectory(Path.of(args[0], table)),
                        Files.isDirectory(Path.of(args[1], table)));
                continue;
            }
            Dataset<Row> a = spark.read().parquet(args[0] + "/" + table);
            Column[] columns = Arrays.stream(a.columns()).map(functions::col).toArray(Column[]::new);
            a = a.select(columns);
            Dataset<Row> b = spark.read().parquet(args[1] + "/" + table).select(columns);
            long onlyA = a.exceptAll(b).count();
            long onlyB = b.exceptAll(a).count();
            System.out.printf("%-9s A %,d records, B %,d records, only in A %,d, only in B %,d%n", table, a.count(),
                    b.count(), onlyA, onlyB);
            same &= onlyA == 0 && onlyB == 0;
        }
        spark.stop();
        System.exit(same ? 0 : 1);
    }
}
