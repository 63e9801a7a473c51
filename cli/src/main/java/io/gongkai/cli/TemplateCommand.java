package io.gongkai.cli;

import io.gongkai.author.BudgetExamples;
import io.gongkai.author.input.BudgetWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai template -o budget.xlsx}: writes the Excel template for entering a department's budget. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"生成部门预算数据填报模板（Excel）。", "Write the Excel template for a department's budget data."})
final class TemplateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "输出的 .xlsx 文件 / the .xlsx file to write")
    Path output;

    @Option(names = "--year", defaultValue = "2024", description = "预算年度 / budget year (default: ${DEFAULT-VALUE})")
    int year;

    @Option(names = "--example", description = "填入示例数据（示例县农业农村局）/ fill in the example budget")
    boolean example;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path parent = output.toAbsolutePath().getParent();
        try {
            Path temporary = Files.createTempFile(parent, ".gongkai-template", ".xlsx");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (example) {
                    new BudgetWorkbook().write(BudgetExamples.countyAgriculture(), out);
                } else {
                    new BudgetWorkbook().writeTemplate(year, out);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            spec.commandLine().getErr().println("gongkai: 无法写入 " + output + "：" + e.getMessage()
                    + " / cannot write " + output + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        spec.commandLine().getOut().println("已生成模板 / template written: " + output);
        return ExitCodes.OK;
    }
}
