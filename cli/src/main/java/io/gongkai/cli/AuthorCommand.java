package io.gongkai.cli;

import io.gongkai.author.BudgetData;
import io.gongkai.author.BudgetDataException;
import io.gongkai.author.derive.ReportAuthor;
import io.gongkai.author.input.BudgetInputs;
import io.gongkai.model.Report;
import io.gongkai.render.json.ReportJsonWriter;
import io.gongkai.render.text.ReportOutlineWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai author budget.json|budget.xlsx [-o report.json]}: derives the complete budget disclosure from a
 * department's budget data and prints it as the canonical JSON (or the text outline).
 */
@Command(name = "author", mixinStandardHelpOptions = true,
        description = {"由部门预算数据（JSON 或 Excel 模板）生成完整的预算公开报告。",
            "Derive the complete budget disclosure from a department's budget data (JSON or the Excel template)."})
final class AuthorCommand implements Callable<Integer> {

    enum Format { json, text }

    @Parameters(paramLabel = "FILE", description = "预算数据 budget.json 或 budget.xlsx / the budget data")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "输出文件（默认标准输出）/ output file "
            + "(default: standard output)")
    Path output;

    @Option(names = "--format", defaultValue = "json",
            description = "输出格式 output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    private final OutputStream stdout;

    AuthorCommand() {
        this(System.out);
    }

    AuthorCommand(OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException {
        Report report;
        try {
            BudgetData data = BudgetInputs.read(file);
            report = new ReportAuthor().derive(data);
        } catch (BudgetDataException e) {
            spec.commandLine().getErr().println("gongkai: " + file.getFileName() + " " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (format == Format.json) {
            ReportJsonWriter.withoutProvenance().write(report, bytes);
            bytes.write('\n');
        } else {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            new ReportOutlineWriter(out).write(report);
            out.flush();
        }
        if (output == null) {
            stdout.write(bytes.toByteArray());
            stdout.flush();
            return ExitCodes.OK;
        }
        try {
            Path temporary = Files.createTempFile(output.toAbsolutePath().getParent(), ".gongkai-report", ".tmp");
            Files.write(temporary, bytes.toByteArray());
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            spec.commandLine().getErr().println("gongkai: 无法写入 " + output + "：" + e.getMessage()
                    + " / cannot write " + output + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        return ExitCodes.OK;
    }
}
