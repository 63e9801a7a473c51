package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.render.findings.CheckedFile;
import io.gongkai.rules.Category;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Checker;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code check} command's contract on real documents: formats, configuration and exit statuses. The rules
 * are the test's own (passed in through the command factory), so the tests do not depend on the catalogue.
 */
class CheckCommandTest {

    private static final String SEED_000 = "seeds/000_c275e096c8611f2e.txt";
    private static final String FIXTURE_A = "fixtures/fixture-a-9tables.txt";
    private static final List<Rule> RULES = List.of(new ExpenditureTotalRule(), new ThreePublicRule());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void anErrorFindingExitsOneAndPrintsTextBySeverity() throws Exception {
        Path seed = copy(SEED_000);

        assertThat(run(RULES, "check", seed.toString())).isEqualTo(ExitCodes.FINDINGS);

        assertThat(cli.out()).contains("长治市屯留区商务发展中心 2024年部门预算").contains("错误 1，警告 0，提示 1")
                .contains("错误（1）").contains("表3「合计」合计  [CLI-001 表间关系]")
                .contains("应为 1553.77，实为 1554.77，差额 +1.00").contains("提示（1）").contains("CLI-002")
                .doesNotContain("\u001B[");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void onlyRemarksExitZero() throws Exception {
        Path seed = copy(SEED_000);

        assertThat(run(List.of(new ThreePublicRule()), "check", seed.toString())).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("错误 0，警告 0，提示 1");
    }

    @Test
    void suppressingOrDowngradingTheErrorRuleExitsZero() throws Exception {
        Path seed = copy(SEED_000);

        assertThat(run(RULES, "check", seed.toString(), "--suppress", "CLI-001")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).doesNotContain("CLI-001").contains("CLI-002");

        assertThat(run(RULES, "check", seed.toString(), "--severity", "cli-001=warning,CLI-002=错误"))
                .isEqualTo(ExitCodes.FINDINGS);
        assertThat(run(RULES, "check", seed.toString(), "--severity", "CLI-001=WARNING")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("警告（1）");
    }

    @Test
    void jsonOfOneFileIsTheContractObject() throws Exception {
        Path seed = copy(SEED_000);

        assertThat(run(RULES, "check", seed.toString(), "--format", "json")).isEqualTo(ExitCodes.FINDINGS);

        JsonNode json = JSON.readTree(cli.out());
        assertThat(json.path("file").asText()).isEqualTo(seed.toString());
        assertThat(json.path("report").path("kind").asText()).isEqualTo("BUDGET");
        assertThat(json.path("report").path("year").asInt()).isEqualTo(2024);
        assertThat(json.path("report").path("unit").path("name").asText()).isEqualTo("长治市屯留区商务发展中心");
        assertThat(json.path("counts").path("ERROR").asInt()).isEqualTo(1);
        JsonNode finding = json.path("findings").get(0);
        assertThat(finding.path("rule").asText()).isEqualTo("CLI-001");
        assertThat(finding.path("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.path("tables").toString()).isEqualTo("[3]");
        assertThat(finding.path("location").path("description").asText()).isEqualTo("表3「合计」合计");
        assertThat(finding.path("difference").asText()).isEqualTo("1.00");
        assertThat(finding.path("evidence").get(0).path("source").path("line").asInt()).isEqualTo(214);
    }

    @Test
    void severalFilesWithAnUnreadableOneReportTheOthersAndExitTwo() throws Exception {
        Path seed = copy(SEED_000);
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path fixture = copy(FIXTURE_A);

        int status = run(RULES, "check", seed.toString(), empty.toString(), fixture.toString(), "--format", "json");

        assertThat(status).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("文件为空").contains("the file is empty").contains("empty.txt")
                .doesNotContain("Exception").hasLineCount(1);
        JsonNode json = JSON.readTree(cli.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        assertThat(json.get(0).path("file").asText()).isEqualTo(seed.toString());
        assertThat(json.get(1).path("report").path("unit").path("name").asText()).isEqualTo("南岭县农业农村局");
    }

    @Test
    void unreadableInputExitsTwoWithOneLineAndNoOutput() throws Exception {
        Path binary = Files.write(dir.resolve("data.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});

        assertThat(run(RULES, "check", binary.toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).startsWith("gongkai: ").contains("not a text file").hasLineCount(1);
        assertThat(cli.out()).isEmpty();

        assertThat(run(RULES, "check", dir.resolve("nope.txt").toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("文件不存在").contains("no such file");
    }

    @Test
    void badUsageExitsTwoWithOneBilingualLine() throws Exception {
        Path seed = copy(SEED_000);

        assertThat(run(RULES, "check", seed.toString(), "--format", "yaml")).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("命令用法错误").contains("bad usage").hasLineCount(1);
        assertThat(run(RULES, "check")).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run(RULES, "check", seed.toString(), "--severity", "CLI-001")).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void unknownRuleIdsAndLevelsAreBadUsage() throws Exception {
        Path seed = copy(SEED_000);

        assertThat(run(RULES, "check", seed.toString(), "--suppress", "CLI-001,XTAB-999"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("未知的规则编号「XTAB-999」").contains("unknown rule id 'XTAB-999'")
                .hasLineCount(1);
        int before = cli.err().length();
        assertThat(run(RULES, "check", seed.toString(), "--severity", "CLI-001=FATAL"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err().substring(before)).contains("未知的严重程度「FATAL」")
                .contains("unknown severity 'FATAL'").hasLineCount(1);
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void sarifHasTheCatalogueAndAResultPerFinding() throws Exception {
        Path seed = copy(SEED_000);

        assertThat(run(RULES, "check", seed.toString(), "--format", "sarif")).isEqualTo(ExitCodes.FINDINGS);

        JsonNode log = JSON.readTree(cli.out());
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = log.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("version").asText()).isEqualTo(GongkaiCommand.VERSION);
        assertThat(run.path("tool").path("driver").path("rules")).hasSize(2);
        assertThat(run.path("results")).hasSize(2);
        assertThat(run.path("results").get(0).path("level").asText()).isEqualTo("error");
        assertThat(run.path("results").get(1).path("level").asText()).isEqualTo("note");
        assertThat(run.path("results").get(0).path("locations").get(0).path("physicalLocation")
                .path("region").path("startLine").asInt()).isEqualTo(214);
    }

    @Test
    void htmlIsAPageWithTheCounts() throws Exception {
        Path fixture = copy(FIXTURE_A);

        assertThat(run(RULES, "check", fixture.toString(), "--format", "html")).isEqualTo(ExitCodes.FINDINGS);

        assertThat(cli.out()).startsWith("<!DOCTYPE html>").contains("<h2>南岭县农业农村局 2024年部门预算</h2>")
                .contains("<li class=\"ERROR\">错误 <b>1</b></li>").contains("表3合计比测试值多1.00万元")
                .endsWith("</html>\n");
    }

    @Test
    void colourOnlyWhenAsked() throws Exception {
        Path seed = copy(SEED_000);

        run(RULES, "check", seed.toString(), "--color", "always");
        assertThat(cli.out()).contains("\u001B[31m");
        int before = cli.out().length();
        run(RULES, "check", seed.toString(), "--color", "never");
        assertThat(cli.out().substring(before)).doesNotContain("\u001B[");
    }

    @Test
    void theRealCatalogueFindsNoErrorInTheDefectFreeFixture() throws Exception {
        Path fixture = copy(FIXTURE_A);

        int status = cli.run("check", fixture.toString(), "--format", "json");

        assertThat(status).isEqualTo(ExitCodes.OK);
        JsonNode json = JSON.readTree(cli.out());
        assertThat(json.path("counts").path("ERROR").asInt()).isZero();
        assertThat(json.path("counts").path("WARNING").asInt()).isZero();
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void exitStatusPrefersUnreadableOverErrors() throws Exception {
        Report seed = io.gongkai.ingest.Reports.read(copy(SEED_000));
        CheckedFile withError = new CheckedFile("a", new Checker(RULES, CheckConfig.DEFAULT).check(seed));
        CheckedFile clean = new CheckedFile("b", new Checker(List.of(), CheckConfig.DEFAULT).check(seed));

        assertThat(CheckCommand.exitStatus(false, List.of())).isEqualTo(ExitCodes.OK);
        assertThat(CheckCommand.exitStatus(false, List.of(clean))).isEqualTo(ExitCodes.OK);
        assertThat(CheckCommand.exitStatus(false, List.of(clean, withError))).isEqualTo(ExitCodes.FINDINGS);
        assertThat(CheckCommand.exitStatus(true, List.of(clean, withError))).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(CheckCommand.severity("提示")).isEqualTo(Severity.INFO);
        assertThat(CheckCommand.severity(" Warning ")).isEqualTo(Severity.WARNING);
    }

    @Test
    void helpListsTheCommandsAndTheExitStatuses() {
        assertThat(run(RULES, "--help")).isZero();
        assertThat(cli.out()).contains("extract").contains("check").contains("rules");
        assertThat(run(RULES, "check", "--help")).isZero();
        assertThat(cli.out()).contains("--suppress").contains("--severity")
                .contains("1  至少一个错误级问题 / at least one ERROR finding");
    }

    /** Runs the command line with the given rules in place of the catalogue. */
    private int run(List<Rule> rules, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == CheckCommand.class) {
                    return type.cast(new CheckCommand(rules));
                }
                if (type == RulesCommand.class) {
                    return type.cast(new RulesCommand(rules));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        return cli.run(factory, args);
    }

    private Path copy(String resource) throws IOException {
        Path target = dir.resolve(resource.substring(resource.indexOf('/') + 1));
        if (Files.exists(target)) {
            return target;
        }
        return CommandLineRun.copyResource(resource, target);
    }

    /** Always contradicts table 3's total by 1.00, so that a check of any budget has an ERROR. */
    @RuleDoc(id = "CLI-001", title = "表3合计等于测试值", category = Category.CROSS_TABLE, severity = Severity.ERROR,
            rationale = "测试用规则。", basis = "测试")
    static final class ExpenditureTotalRule implements Rule {
        @Override
        public void check(Report report, FindingSink sink) {
            report.table(TableType.EXPENDITURE_SUMMARY).flatMap(t -> t.row(RowKeys.TOTAL)).ifPresent(row ->
                    sink.add("表3合计比测试值多1.00万元").at(Location.cell(3, "合计", "total"))
                            .values(row.amount("total").subtract(BigDecimal.ONE), row.amount("total"))
                            .evidence(3, row, "total"));
        }
    }

    /** A remark on every report. */
    @RuleDoc(id = "CLI-002", title = "测试提示", category = Category.COMPLETENESS, severity = Severity.INFO,
            rationale = "测试用规则。", basis = "测试")
    static final class ThreePublicRule implements Rule {
        @Override
        public void check(Report report, FindingSink sink) {
            sink.add("这是一条提示：" + report.unit().name());
        }
    }
}
