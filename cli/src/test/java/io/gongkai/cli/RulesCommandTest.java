package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.RuleRegistry;
import io.gongkai.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code gongkai rules}: the catalogue as text or Markdown. */
class RulesCommandTest {

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void printsTheRegisteredCatalogue() {
        assertThat(cli.run("rules"))
                .isEqualTo(ExitCodes.OK);

        assertThat(cli.out()).startsWith("规则目录：共 " + RuleRegistry.docs().size() + " 条规则\n");
        RuleRegistry.docs().forEach(doc -> assertThat(cli.out()).contains(doc.id()));
        assertThat(cli.out()).contains("预决算衔接 LINKAGE", "LINK-001");
    }

    @Test
    void printsMarkdownForTheDocs() {
        assertThat(run("rules", "--format", "markdown")).isEqualTo(ExitCodes.OK);

        assertThat(cli.out()).startsWith("# 规则目录 Rule catalogue\n\n1 条规则 rules")
                .contains("\n### 资产 ASSETS\n\n| id | 标题 title | 级别 severity | 理由 rationale | 依据 basis |\n"
                        + "|---|---|---|---|---|\n| CLI-900 | 车辆数与费用相符 | 警告 WARNING | "
                        + "车辆数与运行费不符时，说明或表格有一处错误。 | 财预〔2016〕143号 |\n");
    }

    @Test
    void printsTextByDefaultAndRefusesOtherFormats() {
        assertThat(run("rules")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("资产 ASSETS（1）\n  CLI-900  警告  车辆数与费用相符\n");

        assertThat(run("rules", "--format", "pdf")).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("bad usage").hasLineCount(1);
    }

    private int run(String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == RulesCommand.class ? type.cast(new RulesCommand(List.of(new VehiclesRule())))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        return cli.run(factory, args);
    }

    @RuleDoc(id = "CLI-900", title = "车辆数与费用相符", category = Category.ASSETS, severity = Severity.WARNING,
            rationale = "车辆数与运行费不符时，说明或表格有一处错误。", basis = "财预〔2016〕143号")
    static final class VehiclesRule implements Rule {
        @Override
        public void check(Report report, FindingSink sink) {
            // documentation only
        }
    }
}
