package io.gongkai.benchmarks;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import io.gongkai.rules.mutation.MutationHarness;
import io.gongkai.rules.mutation.MutationRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to check one disclosure already read into a report with the whole rule catalogue
 * ({@code Checker.standard().check(report)}), warm, on one thread; and, for scale, the mutation harness over the
 * same report (the unmutated check plus one check per published figure).
 * Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar Check}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {

    @Param({"000_c275e096c8611f2e", "001_2dc8c89a6b4bfa48", "003_fb039c7f287ddd42", "004_741ea1e83a699561"})
    public String seed;

    private Report report;
    private Checker checker;
    private MutationHarness harness;

    @Setup
    public void read() throws UnreadableInputException {
        try (InputStream in = CheckBenchmark.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
            report = Reports.text().read(seed + ".txt", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checker = Checker.standard();
        harness = new MutationHarness(checker);
    }

    /** The whole catalogue over one report. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CheckResult check() {
        return checker.check(report);
    }

    /** Every single-amount mutant of the report, checked against the unmutated findings. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MutationRun mutants() {
        return harness.run(seed.substring(0, 3), report);
    }
}
