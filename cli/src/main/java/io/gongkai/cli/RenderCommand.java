package io.gongkai.cli;

import io.gongkai.author.BudgetDataException;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import io.gongkai.render.RenderException;
import io.gongkai.render.RenderFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai render FILE --to html|pdf|xlsx|docx -o OUT}: renders a report in the standard layout. The output
 * is written to a temporary file next to OUT and moved into place only when complete, so a failure never leaves
 * half a file.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"按标准格式生成公开报告（HTML、PDF、Excel、Word）。",
            "Render a report in the standard layout (HTML, PDF, XLSX, DOCX)."})
final class RenderCommand implements Callable<Integer> {

    /** The kinds of input, tried in order: budget data first, then any published disclosure. */
    static final List<ReportSource> SOURCES = List.of(new ReportSource.BudgetData(), new ReportSource.Disclosure());

    static {
        // POI logs through the Log4j API; without a provider it prints a warning on every run.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    enum Target { html, pdf, xlsx, docx }

    @Parameters(paramLabel = "FILE", description = {"公开文件，或预算数据（budget.json、按模板填写的 budget.xlsx）",
        "a disclosure, or budget data (budget.json, budget.xlsx from the template)"})
    Path file;

    @Option(names = "--to", required = true,
            description = "输出格式 output format: ${COMPLETION-CANDIDATES}")
    Target target;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "输出文件 / the output file")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Report report;
        try {
            report = source(file).load(file);
        } catch (UnreadableInputException | BudgetDataException e) {
            return fail(e.getMessage());
        }
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target)) {
            return fail("输出路径是一个目录：" + output + " / the output path is a directory: " + output);
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return fail("输出目录不存在：" + parent + " / the output directory does not exist: " + parent);
        }
        Path partial = null;
        try {
            // Not Files.createTempFile: that makes the file owner-only; the output gets the usual permissions.
            partial = parent.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + ".part");
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                RenderFormat.named(this.target.name()).writer().write(report, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
        } catch (RenderException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail("无法写入输出文件 " + output + " / cannot write the output file " + output + ": "
                    + e.getMessage());
        } finally {
            deleteQuietly(partial);
        }
        return ExitCodes.OK;
    }

    private static ReportSource source(Path file) {
        return SOURCES.stream().filter(s -> s.accepts(file)).findFirst().orElseThrow();
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("gongkai: " + message);
        return ExitCodes.UNREADABLE;
    }

    private static void deleteQuietly(Path partial) {
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the temporary file is hidden and named .OUT.*.part; nothing else to do
            }
        }
    }
}
