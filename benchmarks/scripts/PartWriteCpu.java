import io.gongkai.batch.DocumentAudit;
import io.gongkai.batch.DocumentAuditor;
import io.gongkai.batch.OutputDirectory;
import io.gongkai.batch.TableFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU milliseconds per document of writing batch's four tables, apart from reading and checking: the first N
 * *.txt files under DIR (in name order) are audited once, then committed as parts of 1,000 documents into a fresh
 * output directory ROUNDS times, each round timed with the thread's CPU clock (so that other tenants of a shared
 * machine do not inflate it) and printed with the bytes written. Round 0 includes the writer's JIT warm-up.
 * Run as a single-file program against the command-line jar:
 * {@code java -cp cli/target/gongkai.jar benchmarks/scripts/PartWriteCpu.java DIR N ROUNDS [parquet|csv|jsonl]}.
 */
public final class PartWriteCpu {

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path corpus = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        TableFormat format = args.length > 3 ? TableFormat.valueOf(args[3].toUpperCase()) : TableFormat.PARQUET;
        List<Path> files;
        try (Stream<Path> all = Files.walk(corpus)) {
            files = all.filter(p -> p.toString().endsWith(".txt")).sorted().limit(count).toList();
        }
        DocumentAuditor auditor = DocumentAuditor.standard();
        List<DocumentAudit> audits = new ArrayList<>();
        for (Path f : files) {
            audits.add(auditor.audit(corpus.relativize(f).toString(), Files.readAllBytes(f)));
        }
        long rowRecords = audits.stream().mapToLong(a -> a.rows().size()).sum();
        for (int round = 0; round < rounds; round++) {
            Path out = Files.createTempDirectory("part-write-cpu");
            long start = threads.getCurrentThreadCpuTime();
            OutputDirectory output = OutputDirectory.open(out, format);
            for (int i = 0; i < audits.size(); i += 1000) {
                output.commit(audits.subList(i, Math.min(audits.size(), i + 1000)));
            }
            long cpu = threads.getCurrentThreadCpuTime() - start;
            long bytes;
            try (Stream<Path> all = Files.walk(out)) {
                bytes = all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            try (Stream<Path> all = Files.walk(out)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            System.out.printf("%s round %d: %.3f ms CPU per document (%d documents, %d row records), %d bytes%n",
                    format, round, cpu / 1e6 / audits.size(), audits.size(), rowRecords, bytes);
        }
    }
}
