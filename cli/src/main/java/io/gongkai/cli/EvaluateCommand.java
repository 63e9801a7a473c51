package io.gongkai.cli;

import io.gongkai.corpus.Accuracy;
import io.gongkai.corpus.AccuracyWriter;
import io.gongkai.corpus.CorpusEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai evaluate DIR}: checks a corpus made by {@code gongkai corpus} against its truth files and prints
 * precision and recall per defect type and per rule.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"用语料的真值评估审核规则：按缺陷类型和规则输出精确率与召回率。",
            "Check a corpus made by `gongkai corpus` against its truth and print precision and recall per defect "
                    + "type and per rule."},
        footerHeading = "%n退出状态 exit status:%n",
        footer = {"  0  已评估 / evaluated",
            "  2  目录无法读取、缺少真值文件或用法错误 / DIR unreadable, a truth file missing, or bad usage"})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { table, json }

    @Parameters(paramLabel = "DIR", description = "语料目录 / corpus directory")
    Path directory;

    @Option(names = "--format", defaultValue = "table",
            description = "输出格式 output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(directory)) {
            err.println("gongkai: 不是目录或无法读取：" + directory + " / not a readable directory: " + directory);
            return ExitCodes.UNREADABLE;
        }
        try {
            Accuracy accuracy = CorpusEvaluation.standard().evaluate(directory);
            PrintWriter out = spec.commandLine().getOut();
            AccuracyWriter writer = new AccuracyWriter(out);
            if (format == Format.json) {
                writer.json(accuracy);
            } else {
                writer.table(accuracy);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (NoSuchFileException e) {
            err.println("gongkai: 缺少真值文件，不是 gongkai corpus 生成的语料：" + e.getFile()
                    + " / a truth file is missing; not a corpus made by gongkai corpus: " + e.getFile());
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println("gongkai: 无法读取语料 / cannot read the corpus " + directory + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
    }
}
