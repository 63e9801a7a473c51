package io.gongkai.cli;

import picocli.CommandLine.Command;

/** The {@code gongkai} command: 部门预决算公开 read, check, author, keep and compare. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai " + GongkaiCommand.VERSION,
        description = {"Gongkai（公开）：部门预决算公开的读取、审核、编制与比较。",
            "Gongkai: read, audit, author and compare Chinese budget disclosures."},
        subcommands = {ExtractCommand.class, CheckCommand.class, RenderCommand.class, RulesCommand.class,
            AuthorCommand.class, TemplateCommand.class, BatchCommand.class, CorpusCommand.class,
            EvaluateCommand.class, ImportCommand.class, ServeCommand.class})
final class GongkaiCommand implements Runnable {

    /** The version of gongkai, also written into SARIF logs. */
    static final String VERSION = "0.1.0";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
