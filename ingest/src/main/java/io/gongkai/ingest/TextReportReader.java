package io.gongkai.ingest;

import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.finalaccounts.FinalAccountsAssembler;
import io.gongkai.ingest.finalaccounts.GoalDeclarationReader;
import io.gongkai.ingest.finalaccounts.SelfEvaluationParser;
import io.gongkai.ingest.goals.PerformanceGoalParser;
import io.gongkai.ingest.layout.DocumentParts;
import io.gongkai.ingest.layout.LayoutAnalyzer;
import io.gongkai.ingest.layout.TableBlock;
import io.gongkai.ingest.narrative.AssetsParser;
import io.gongkai.ingest.narrative.GlossaryParser;
import io.gongkai.ingest.narrative.NarrativeParser;
import io.gongkai.ingest.narrative.NarrativeReading;
import io.gongkai.ingest.narrative.OverviewParser;
import io.gongkai.ingest.narrative.ProcurementParser;
import io.gongkai.ingest.table.TableReader;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.TextLoader;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Overview;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.SourceRef;
import io.gongkai.model.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a disclosure from text as PDF-to-text tools or spreadsheet exports produce it. The stages: decode and
 * repair lines ({@link TextLoader}) → cut into parts ({@link LayoutAnalyzer}) → parse each part → assemble.
 * Stateless and thread-safe.
 */
public final class TextReportReader implements ReportReader {

    private static final Pattern UNIT_NAME = Pattern.compile(
            "(部门名称|单位名称|预算单位名称|编制单位|填报单位|预算单位)[:：][\\s\u3000]*([^\\s\u3000]+?)"
                    + "([\\s\u3000]+|(金额)?单位[:：]|$)");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern TABLE_YEAR = Pattern.compile("(20\\d{2})年度");
    private static final int HEADER_LINES = 6;
    private static final Pattern BUDGET_YEAR = Pattern.compile("(20\\d{2})年度?(部门|单位)?(预算|决算)");

    private final LayoutAnalyzer budgetLayout = new LayoutAnalyzer(TableTitles.budget());
    private final LayoutAnalyzer finalAccountsLayout = new LayoutAnalyzer(TableTitles.finalAccounts());
    private final SelfEvaluationParser selfEvaluationParser = new SelfEvaluationParser();
    private final GoalDeclarationReader declarationReader = new GoalDeclarationReader();
    private final TableReader tables = new TableReader();
    private final OverviewParser overviewParser = new OverviewParser();
    private final NarrativeParser narrativeParser = new NarrativeParser();
    private final AssetsParser assetsParser = new AssetsParser();
    private final ProcurementParser procurementParser = new ProcurementParser();
    private final GlossaryParser glossaryParser = new GlossaryParser();
    private final PerformanceGoalParser goalParser = new PerformanceGoalParser();

    @Override
    public Report read(String fileName, byte[] bytes) throws UnreadableInputException {
        return read(fileName, TextLoader.load(fileName, bytes));
    }

    /**
     * Reads repaired lines from any source ({@link TextLoader#repair}): the PDF, workbook and Word readers produce
     * lines, with cells separated by tabs where the source knows its cells, and hand them to the same stages.
     */
    public Report read(String fileName, List<SourceLine> lines) throws UnreadableInputException {
        return read(fileName, lines, List.of());
    }

    /**
     * Reads repaired lines, starting the report's issues with those the source reader met (a page it could not
     * read, a sheet it skipped).
     */
    public Report read(String fileName, List<SourceLine> lines, List<IngestIssue> sourceIssues)
            throws UnreadableInputException {
        DocumentParts budget = budgetLayout.analyze(lines);
        // a budget's lines seldom name a final-accounts table: without such a line that pass finds no table
        DocumentParts finalAccounts = finalAccountsLayout.mayFindTables(lines)
                ? finalAccountsLayout.analyze(lines) : null;
        ReportKind kind = finalAccounts != null && finalAccounts.tables().size() > budget.tables().size()
                ? ReportKind.FINAL_ACCOUNTS : ReportKind.BUDGET;
        DocumentParts parts = kind == ReportKind.FINAL_ACCOUNTS ? finalAccounts : budget;
        if (parts.tables().isEmpty()) {
            throw new UnreadableInputException("未找到任何预算或决算公开表格，这不像是一份部门预算公开文件（也不是决算公开文件）："
                    + fileName, "no standard budget or final-accounts table found; this does not look like a budget "
                    + "disclosure (nor final accounts): " + fileName);
        }
        List<IngestIssue> issues = new ArrayList<>(sourceIssues);
        List<DisclosureTable> tableList = new ArrayList<>();
        for (TableBlock block : parts.tables()) {
            tableList.add(tables.read(block, issues));
        }
        tableList.sort(Comparator.comparingInt(DisclosureTable::number));
        String unitName = unitName(parts);
        int year = year(parts, lines);
        NarrativeReading narrative = narrativeParser.read(parts.narrative(), unitName, issues);
        List<PerformanceGoal> goals = kind == ReportKind.FINAL_ACCOUNTS
                && GoalDeclarationReader.isDeclarationLayout(parts.goals())
                ? declarationReader.read(parts.goals(), issues) : goalParser.parse(parts.goals(), issues);
        Overview overview = overviewParser.parse(parts.overview(), issues);
        Unit unit = new Unit(unitName, ReportAssembler.unitCode(goals),
                ReportAssembler.unitType(tableList, overview));
        if (kind == ReportKind.FINAL_ACCOUNTS) {
            return FinalAccountsAssembler.assemble(year, unit, overview, tableList, narrative, parts.narrative(),
                    goals, selfEvaluationParser.parse(parts.selfEvaluations(), issues),
                    assetsParser.parse(narrative, issues), procurementParser.parse(narrative, issues),
                    glossaryParser.parse(parts.glossary(), issues), issues, new SourceRef(fileName, 0, 0, ""));
        }
        return new Report(ReportKind.BUDGET, year, unit, overview, tableList,
                narrative.narrative(), ReportAssembler.projects(tableList), goals, List.of(),
                assetsParser.parse(narrative, issues), procurementParser.parse(narrative, issues),
                glossaryParser.parse(parts.glossary(), issues), issues, new SourceRef(fileName, 0, 0, ""));
    }

    private static String unitName(DocumentParts parts) {
        for (TableBlock block : parts.tables()) {
            for (SourceLine line : block.lines()) {
                Matcher m = UNIT_NAME.matcher(line.text());
                if (m.find()) {
                    return m.group(2);
                }
            }
        }
        return "";
    }

    /** The budget year: from the table titles, else the year most often named as 20XX年(部门)预算. */
    private static int year(DocumentParts parts, List<SourceLine> lines) {
        for (TableBlock block : parts.tables()) {
            Matcher m = YEAR.matcher(block.title().text());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        for (TableBlock block : parts.tables()) {
            // 部门名称：… 2023年度 under a title without the year (决算 templates)
            for (SourceLine line : block.lines().subList(0, Math.min(HEADER_LINES, block.lines().size()))) {
                Matcher m = TABLE_YEAR.matcher(line.text());
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (SourceLine line : lines) {
            Matcher m = BUDGET_YEAR.matcher(line.text());
            while (m.find()) {
                counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(0);
    }
}
