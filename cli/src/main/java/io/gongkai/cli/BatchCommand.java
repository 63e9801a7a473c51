package io.gongkai.cli;

import io.gongkai.batch.BatchRun;
import io.gongkai.batch.BatchSummary;
import io.gongkai.batch.DocumentAuditor;
import io.gongkai.batch.OutputDirectory;
import io.gongkai.batch.ProgressBar;
import io.gongkai.batch.TableFormat;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai batch DIR --out OUT}: reads and checks every document under a directory in parallel and writes
 * the tables reports, rows, findings and errors (Parquet, CSV or JSON lines), with a progress bar on stderr. Run it
 * again with the same OUT to resume: documents already written (same path and content) are skipped.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"批量读取并审核目录下的全部公开文件，输出报告、表格行、问题和错误四张表；可中断后续跑。",
            "Read and check every document under DIR in parallel into four tables (reports, rows, findings, "
                    + "errors); run again with the same --out to resume."},
        footerHeading = "%n退出状态 exit status:%n",
        footer = {"  0  全部处理完毕（无法读取的文件记在 errors 表中） / done (unreadable files are rows of the errors table)",
            "  2  目录无法读取、输出无法写入或用法错误 / DIR unreadable, OUT unwritable, or bad usage"})
final class BatchCommand implements Callable<Integer> {

    enum Format { parquet, csv, jsonl }

    @Parameters(paramLabel = "DIR", description = "公开文件所在目录（含子目录） / directory of disclosures (recursive)")
    Path directory;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "输出目录（续跑时用同一目录） / output directory (the same one to resume)")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "并行线程数（默认为处理器核数） / worker threads (default: the number of processors)")
    Integer threads;

    @Option(names = "--format", defaultValue = "parquet",
            description = "表格式 table format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--part-size", defaultValue = "" + BatchRun.DEFAULT_PART_SIZE, paramLabel = "N",
            description = "每个分片文件的文件数，也是中断时最多重做的数量 / documents per part file, the most an "
                    + "interruption redoes (default: ${DEFAULT-VALUE})")
    int partSize;

    @Spec
    CommandSpec spec;

    private final List<Rule> rules;

    BatchCommand() {
        this(RuleRegistry.all());
    }

    /** A batch with another rule list (tests). */
    BatchCommand(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(directory)) {
            err.println("gongkai: 不是目录或无法读取：" + directory + " / not a readable directory: " + directory);
            return ExitCodes.UNREADABLE;
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || partSize < 1) {
            err.println("gongkai: --threads 与 --part-size 须至少为 1 / --threads and --part-size must be at least 1");
            return ExitCodes.UNREADABLE;
        }
        try {
            OutputDirectory output = OutputDirectory.open(out, TableFormat.of(format.name()));
            DocumentAuditor auditor = new DocumentAuditor(new Checker(rules, CheckConfig.DEFAULT));
            ProgressBar bar = new ProgressBar(err, System.console() != null, System::nanoTime);
            BatchSummary summary = new BatchRun(auditor, workers, partSize, bar).run(directory, output);
            if (summary.failed() > 0) {
                err.println("gongkai batch: " + summary.failed() + " 份无法读取，见 " + out.resolve("errors") + " / "
                        + summary.failed() + " unreadable, see " + out.resolve("errors"));
            }
            err.flush();
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("gongkai: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println("gongkai: 无法写入输出目录 / cannot write the output directory " + out + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
    }
}
