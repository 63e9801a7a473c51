package io.gongkai.cli;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import io.gongkai.render.json.ReportJsonWriter;
import io.gongkai.render.text.ReportOutlineWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai extract FILE}: prints the structured report read from a disclosure. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"读取一份公开文件并输出结构化数据。", "Read a disclosure and print its structured report."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, text }

    @Parameters(paramLabel = "FILE", description = "公开文件（文本、PDF、XLSX、DOCX） / the disclosure file (text, PDF, XLSX, DOCX)")
    Path file;

    @Option(names = "--format", defaultValue = "json",
            description = "输出格式 output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--no-source", description = "不输出来源信息 / leave provenance out of the JSON")
    boolean noSource;

    @Spec
    CommandSpec spec;

    private final OutputStream stdout;

    ExtractCommand() {
        this(System.out);
    }

    ExtractCommand(OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException {
        Report report;
        try {
            report = Reports.read(file);
        } catch (UnreadableInputException e) {
            spec.commandLine().getErr().println("gongkai: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        if (format == Format.json) {
            (noSource ? ReportJsonWriter.withoutProvenance() : ReportJsonWriter.withProvenance())
                    .write(report, stdout);
            stdout.write('\n');
            stdout.flush();
        } else {
            PrintWriter out = spec.commandLine().getOut();
            new ReportOutlineWriter(out).write(report);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
