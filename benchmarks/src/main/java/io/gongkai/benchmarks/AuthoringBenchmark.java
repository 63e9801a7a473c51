package io.gongkai.benchmarks;

import io.gongkai.author.BudgetData;
import io.gongkai.author.BudgetExamples;
import io.gongkai.author.derive.ReportAuthor;
import io.gongkai.author.input.BudgetJson;
import io.gongkai.author.input.BudgetWorkbook;
import io.gongkai.model.Report;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to author the example county budget (63 line items, 8 projects): reading its JSON, reading it from the
 * filled XLSX template, deriving the report, and deriving plus checking it with the whole catalogue; warm, one
 * thread. Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar
 * Authoring}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AuthoringBenchmark {

    private BudgetData data;
    private byte[] json;
    private byte[] xlsx;
    private ReportAuthor author;
    private Checker checker;

    @Setup
    public void prepare() throws IOException {
        data = BudgetExamples.countyAgriculture();
        json = new BudgetJson().toJson(data).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        new BudgetWorkbook().write(data, workbook);
        xlsx = workbook.toByteArray();
        author = new ReportAuthor();
        checker = Checker.standard();
    }

    /** BudgetData → Report: 13 tables, narrative with its facts, goal tables, glossary. */
    @Benchmark
    public Report derive() {
        return author.deriveValid(data);
    }

    /** Derivation and the whole rule catalogue over the result. */
    @Benchmark
    public CheckResult deriveAndCheck() {
        return checker.check(author.deriveValid(data));
    }

    /** Reading and validating the JSON. */
    @Benchmark
    public BudgetData readJson() throws Exception {
        return new BudgetJson().read(new ByteArrayInputStream(json));
    }

    /** Reading and validating the filled XLSX template. */
    @Benchmark
    public BudgetData readWorkbook() throws Exception {
        return new BudgetWorkbook().read(new ByteArrayInputStream(xlsx));
    }
}
