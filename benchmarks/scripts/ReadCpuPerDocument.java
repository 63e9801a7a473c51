import io.gongkai.ingest.Reports;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU milliseconds per document for extraction alone ({@code Reports.read}), one thread, measured with the
 * thread's CPU clock, round after round over the same documents so that the JIT is warm by the later rounds
 * ({@link CpuPerDocument} measures one round after two, which leaves the reader's code still compiling).
 * Run as a single-file program against the command-line jar:
 * {@code java -cp cli/target/gongkai.jar benchmarks/scripts/ReadCpuPerDocument.java DIR [COUNT [ROUNDS]]}: the
 * first COUNT (300) *.txt files under DIR in name order, ROUNDS (10) rounds. Prints every round, then the median
 * of the second half of the rounds.
 */
public final class ReadCpuPerDocument {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(p -> p.toString().endsWith(".txt")).sorted().limit(count).toList();
        }
        List<byte[]> docs = new ArrayList<>();
        for (Path file : files) {
            docs.add(Files.readAllBytes(file));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] perRound = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < docs.size(); i++) {
                Reports.read(files.get(i).getFileName().toString(), docs.get(i));
            }
            perRound[r] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / docs.size();
            System.out.printf("round %2d: read %6.2f ms CPU per document%n", r + 1, perRound[r]);
        }
        double[] warm = Arrays.copyOfRange(perRound, rounds / 2, rounds);
        Arrays.sort(warm);
        System.out.printf("%s: %d docs, median of rounds %d-%d: read %.2f ms CPU per document%n", dir.getFileName(),
                docs.size(), rounds / 2 + 1, rounds, warm[warm.length / 2]);
    }
}
