package io.gongkai.cli;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import io.gongkai.render.findings.CheckedFile;
import io.gongkai.render.findings.FindingsHtmlWriter;
import io.gongkai.render.findings.FindingsJsonWriter;
import io.gongkai.render.findings.FindingsSarifWriter;
import io.gongkai.render.findings.FindingsTextWriter;
import io.gongkai.render.findings.FindingsWriter;
import io.gongkai.render.findings.LinkedCheck;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleRegistry;
import io.gongkai.rules.Severity;
import io.gongkai.rules.linkage.PairChecker;
import io.gongkai.rules.linkage.PairRule;
import io.gongkai.rules.linkage.ReportPair;
import io.gongkai.rules.linkage.ReportPairing;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai check FILE...}: reads each disclosure, runs the rule catalogue and prints the findings as text,
 * JSON, HTML or SARIF. With {@code --link}, the budgets and final accounts among the files are paired
 * ({@link ReportPairing}: exactly one of each of the same year are paired whatever their unit names, otherwise by
 * unit name and year) and each pair's linkage findings follow the files' own findings.
 *
 * <p>Exit status: 2 when any file cannot be read or the command is misused, else 1 when any finding is an ERROR,
 * else 0. A file that cannot be read gets one bilingual line on stderr; the other files are still checked and
 * printed, so one bad file in a batch does not hide the findings of the rest, and its status 2 is not mistaken for
 * a clean run.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"审核公开文件，按规则目录列出问题（位置、应为、实为、依据）。",
            "Check disclosures against the rule catalogue and print the findings."},
        footerHeading = "%n退出状态 exit status:%n",
        footer = {"  0  没有错误级问题 / no ERROR finding",
            "  1  至少一个错误级问题 / at least one ERROR finding",
            "  2  有文件无法读取或用法错误 / a file could not be read, or bad usage",
            "     （其余文件仍照常审核并输出 / the other files are still checked and printed）"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, html, sarif }

    enum Colour { auto, always, never }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "公开文件（文本、PDF、XLSX、DOCX） / disclosure files (text, PDF, XLSX, DOCX)")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text",
            description = "输出格式 output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--suppress", split = ",", paramLabel = "ID",
            description = "不运行这些规则 / rules not to run, e.g. --suppress XTAB-003,NARR-001")
    List<String> suppress = new ArrayList<>();

    @Option(names = "--severity", split = ",", paramLabel = "ID=LEVEL",
            description = "改变规则的严重程度 / override severities: ID=ERROR|WARNING|INFO (错误|警告|提示)")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = {"--color", "--colour"}, defaultValue = "auto", paramLabel = "WHEN",
            description = "文本颜色 / ANSI colours in text: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
                    + "auto = stdout is a terminal and NO_COLOR is unset)")
    Colour colour;

    @Option(names = "--link",
            description = {"把同一单位同一年度的预算与决算相互核对（预决算衔接规则 LINK-…）",
                "check a unit's budget and final accounts of the same year against each other (linkage rules)"})
    boolean link;

    @Spec
    CommandSpec spec;

    private final List<Rule> rules;
    private final List<PairRule> pairRules;

    CheckCommand() {
        this(RuleRegistry.all(), RuleRegistry.pairRules());
    }

    /** A check with another rule list and no linkage rules (tests). */
    CheckCommand(List<Rule> rules) {
        this(rules, List.of());
    }

    private CheckCommand(List<Rule> rules, List<PairRule> pairRules) {
        this.rules = List.copyOf(rules);
        this.pairRules = List.copyOf(pairRules);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CheckConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            err.println("gongkai: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        Checker checker = new Checker(rules, config);
        List<CheckedFile> checked = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : files) {
            Report report;
            try {
                report = Reports.read(file);
            } catch (UnreadableInputException e) {
                err.println("gongkai: " + e.getMessage());
                unreadable = true;
                continue;
            } catch (RuntimeException bug) {
                // The reader promises not to throw on messy input; if it does, the other files still get checked.
                err.println("gongkai: 读取时内部错误 / internal error while reading " + file + ": " + bug);
                unreadable = true;
                continue;
            }
            checked.add(new CheckedFile(file.toString(), checker.check(report)));
            read.add(file);
        }
        List<LinkedCheck> links = link ? link(checked, read, new PairChecker(pairRules, config), err) : List.of();
        err.flush();
        if (!checked.isEmpty() || files.size() > 1) {
            PrintWriter out = spec.commandLine().getOut();
            writer().write(checked, links, out);
            out.flush();
        }
        int status = exitStatus(unreadable, checked);
        return status == ExitCodes.OK && links.stream().anyMatch(LinkedCheck::hasErrors) ? ExitCodes.FINDINGS : status;
    }

    /** The pairs among the files read, with their linkage findings; says so on stderr when there is none. */
    private static List<LinkedCheck> link(List<CheckedFile> checked, List<Path> read, PairChecker checker,
                                          PrintWriter err) {
        List<Report> reports = checked.stream().map(c -> c.result().report()).toList();
        List<LinkedCheck> links = new ArrayList<>();
        for (ReportPairing.Link l : ReportPairing.pair(reports)) {
            ReportPair pair = new ReportPair(reports.get(l.budget()), reports.get(l.finalAccounts()));
            links.add(new LinkedCheck(read.get(l.budget()).toString(), read.get(l.finalAccounts()).toString(), pair,
                    checker.check(pair)));
        }
        if (links.isEmpty()) {
            err.println("gongkai: --link 未找到同一单位同一年度的预算和决算，未做衔接核对 / --link found no budget and"
                    + " final accounts of the same unit and year; no linkage check was made");
        }
        return links;
    }

    /** 2 when any file could not be read, else 1 when any finding is an ERROR, else 0. */
    static int exitStatus(boolean unreadable, List<CheckedFile> checked) {
        if (unreadable) {
            return ExitCodes.UNREADABLE;
        }
        return checked.stream().anyMatch(c -> c.result().hasErrors()) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private FindingsWriter writer() {
        return switch (format) {
            case text -> colourWanted() ? FindingsTextWriter.coloured() : FindingsTextWriter.plain();
            case json -> files.size() == 1 ? FindingsJsonWriter.objectForOneFile() : FindingsJsonWriter.array();
            case html -> new FindingsHtmlWriter(rules, pairRules);
            case sarif -> new FindingsSarifWriter(rules, pairRules, GongkaiCommand.VERSION);
        };
    }

    private boolean colourWanted() {
        if (colour != Colour.auto) {
            return colour == Colour.always;
        }
        String noColour = System.getenv("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty());
    }

    /** The user's configuration; unknown rule ids and levels are bad usage (a typo must not pass silently). */
    CheckConfig config() {
        Set<String> known = new LinkedHashSet<>();
        rules.forEach(r -> known.add(r.doc().id()));
        pairRules.forEach(r -> known.add(r.doc().id()));
        Set<String> suppressed = new LinkedHashSet<>();
        for (String id : suppress) {
            suppressed.add(knownId(id, known));
        }
        Map<String, Severity> levels = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : severities.entrySet()) {
            levels.put(knownId(e.getKey(), known), severity(e.getValue()));
        }
        return new CheckConfig(suppressed, levels);
    }

    private static String knownId(String id, Set<String> known) {
        String trimmed = id.strip().toUpperCase(Locale.ROOT);
        if (!known.contains(trimmed)) {
            throw new IllegalArgumentException("未知的规则编号「" + id + "」（gongkai rules 列出全部规则） / unknown rule id '"
                    + id + "' (gongkai rules lists them)");
        }
        return trimmed;
    }

    static Severity severity(String level) {
        String value = level.strip();
        for (Severity s : Severity.values()) {
            if (s.name().equalsIgnoreCase(value) || s.label().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("未知的严重程度「" + level + "」，应为 ERROR、WARNING 或 INFO（错误、警告、提示）"
                + " / unknown severity '" + level + "'; use ERROR, WARNING or INFO");
    }
}
