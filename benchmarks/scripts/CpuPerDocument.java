import io.gongkai.ingest.Reports;
import io.gongkai.model.Report;
import io.gongkai.rules.Checker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU milliseconds per document for extraction ({@code Reports.read}) and checking ({@code Checker.check}), warm,
 * one thread, measured with the thread's CPU clock (ThreadMXBean), so that other tenants of a shared machine
 * do not inflate it as they inflate wall time. Run as a single-file program against the command-line jar:
 * {@code java -cp cli/target/gongkai.jar benchmarks/scripts/CpuPerDocument.java FILE_OR_DIR...}; a directory
 * contributes its first 100 *.txt files (in name order), measured as one set.
 */
public final class CpuPerDocument {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_ROUNDS = 2;
    private static final int MIN_MEASURED = 100;

    public static void main(String[] args) throws Exception {
        Checker checker = Checker.standard();
        for (String arg : args) {
            Path path = Path.of(arg);
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(path)) {
                try (Stream<Path> all = Files.walk(path)) {
                    all.filter(p -> p.toString().endsWith(".txt")).sorted().limit(100).forEach(files::add);
                }
            } else {
                files.add(path);
            }
            List<byte[]> docs = new ArrayList<>();
            for (Path f : files) {
                docs.add(Files.readAllBytes(f));
            }
            int rounds = Math.max(1, MIN_MEASURED / docs.size());
            // Warm-up: the same work, not timed.
            for (int r = 0; r < WARM_ROUNDS * rounds; r++) {
                for (int i = 0; i < docs.size(); i++) {
                    checker.check(Reports.read(files.get(i).getFileName().toString(), docs.get(i)));
                }
            }
            long readNanos = 0;
            long checkNanos = 0;
            int count = 0;
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < docs.size(); i++) {
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    Report report = Reports.read(files.get(i).getFileName().toString(), docs.get(i));
                    long t1 = THREADS.getCurrentThreadCpuTime();
                    checker.check(report);
                    long t2 = THREADS.getCurrentThreadCpuTime();
                    readNanos += t1 - t0;
                    checkNanos += t2 - t1;
                    count++;
                }
            }
            System.out.printf("%-60s %4d docs x %3d  read %6.2f ms CPU  check %6.2f ms CPU%n",
                    path.getFileName(), docs.size(), rounds, readNanos / 1e6 / count, checkNanos / 1e6 / count);
        }
    }
}
