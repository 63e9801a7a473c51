package io.gongkai.benchmarks;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import io.gongkai.render.RenderFormat;
import io.gongkai.render.ReportWriter;
import java.io.ByteArrayOutputStream;
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
 * Time to render one report already read (seed 000 by default) to each format, into memory, warm, on one
 * thread: HTML (with ECharts inlined), PDF (HTML with chart images, openhtmltopdf, font subset), XLSX, DOCX
 * (with chart images).
 * Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar Render}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RenderBenchmark {

    @Param({"000_c275e096c8611f2e"})
    public String seed;

    @Param({"HTML", "PDF", "XLSX", "DOCX"})
    public RenderFormat format;

    private Report report;
    private ReportWriter writer;

    @Setup
    public void read() throws UnreadableInputException {
        try (InputStream in = RenderBenchmark.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
            report = Reports.text().read(seed + ".txt", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer = format.writer();
    }

    /** One whole report in one format. */
    @Benchmark
    public int render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        writer.write(report, out);
        return out.size();
    }
}
