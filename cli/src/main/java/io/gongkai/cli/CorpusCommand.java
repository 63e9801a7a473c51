package io.gongkai.cli;

import io.gongkai.corpus.CorpusGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai corpus --count N --seed S --out DIR [--formats txt,pdf,xlsx,docx]}: writes a synthetic corpus of
 * budget disclosures (text with extraction artifacts, or rendered by the render module),
 * a share of them with one planted defect, each with its {@code .truth.json} beside it.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"生成合成公开文件语料：按比例植入已知类型的缺陷，每份文件旁写明真值（.truth.json）。",
            "Generate a synthetic corpus of disclosures with planted defects of known types; each document's "
                    + "truth is written beside it (.truth.json)."},
        footerHeading = "%n退出状态 exit status:%n",
        footer = {"  0  已生成 / written", "  2  输出无法写入或用法错误 / OUT unwritable, or bad usage"})
final class CorpusCommand implements Callable<Integer> {

    @Option(names = "--count", required = true, paramLabel = "N", description = "文件数 / number of documents")
    int count;

    @Option(names = "--seed", required = true, paramLabel = "S",
            description = "随机种子（同一种子生成相同文件） / seed (the same seed gives the same files)")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录 / output directory")
    Path out;

    @Option(names = "--formats", defaultValue = "txt", split = ",", paramLabel = "F",
            description = {"文件格式：txt（带提取痕迹的文本）、pdf、xlsx、docx、html；多种格式时各占一个子目录 / document "
                    + "formats: txt (text with extraction artifacts), pdf, xlsx, docx, html; with several, one "
                    + "subdirectory each (default: ${DEFAULT-VALUE})"})
    List<String> formats;

    @Option(names = "--defects", defaultValue = "0.5", paramLabel = "RATE",
            description = "植入缺陷的文件比例 0–1 / share of documents with a planted defect, 0 to 1 "
                    + "(default: ${DEFAULT-VALUE})")
    double defects;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (count < 0 || !(defects >= 0 && defects <= 1)) {
            err.println("gongkai: --count 不能为负，--defects 须在 0 与 1 之间 / --count must not be negative and "
                    + "--defects must lie between 0 and 1");
            return ExitCodes.UNREADABLE;
        }
        try {
            new CorpusGenerator().write(count, seed, defects, out, formats);
        } catch (IllegalArgumentException e) {
            err.println("gongkai: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println("gongkai: 无法写入输出目录 / cannot write the output directory " + out + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        err.println("gongkai corpus: " + count + " 份文件已写入 / documents written to " + out);
        err.flush();
        return ExitCodes.OK;
    }
}
