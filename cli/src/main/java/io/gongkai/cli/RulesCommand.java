package io.gongkai.cli;

import io.gongkai.render.findings.RuleCatalogWriter;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai rules}: prints the rule catalogue (id, title, category, severity, rationale, basis). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"列出审核规则目录（编号、名称、类别、严重程度、理由、依据）。",
            "Print the rule catalogue. `gongkai rules --format markdown > docs/rules.md` writes the docs page."})
final class RulesCommand implements Callable<Integer> {

    enum Format { text, markdown }

    @Option(names = "--format", defaultValue = "text",
            description = "输出格式 output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    private final RuleCatalogWriter writer;

    RulesCommand() {
        this.writer = RuleCatalogWriter.ofDocs(RuleRegistry.docs());
    }

    /** The catalogue of another rule list (tests). */
    RulesCommand(List<Rule> rules) {
        this.writer = new RuleCatalogWriter(rules);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.markdown) {
            writer.writeMarkdown(out);
        } else {
            writer.writeText(out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
