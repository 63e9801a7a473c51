package io.gongkai.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Indicator;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Project;
import io.gongkai.model.Report;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.TableRow;
import io.gongkai.render.findings.FindingsJsonWriter;
import io.gongkai.rules.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes the normalised rows of one report: tables, cells, facts, projects, goals, evaluations and findings. */
final class ReportRowsWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    ReportRowsWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(long reportId, Report report, List<Finding> findings) {
        writeTables(reportId, report);
        writeFacts(reportId, report.narrative().facts());
        writeProjects(reportId, report.projects());
        writeGoals(reportId, report.performanceGoals());
        writeSelfEvaluations(reportId, report.selfEvaluations());
        writeFindings(reportId, findings);
    }

    /** The text search's index terms of a report: its unit's name and its projects' names (see SearchGrams). */
    void writeSearchGrams(long reportId, String unitName, List<Project> projects) {
        List<String> names = new ArrayList<>();
        names.add(unitName);
        for (Project project : projects) {
            names.add(cut(project.name(), 1000));
        }
        List<Object[]> args = new ArrayList<>();
        for (String gram : SearchGrams.of(names)) {
            args.add(new Object[] {gram, reportId});
        }
        jdbc.batchUpdate("INSERT INTO search_grams (gram, report_id) VALUES (?, ?)", args);
    }

    private void writeTables(long reportId, Report report) {
        List<Object[]> tables = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> cells = new ArrayList<>();
        for (DisclosureTable table : report.tables()) {
            tables.add(new Object[] {reportId, table.number(), table.type().name(), cut(table.title(), 500),
                table.empty()});
            int ordinal = 0;
            for (TableRow row : table.rows()) {
                rows.add(new Object[] {reportId, table.number(), ordinal, row.side().name(), cut(row.code(), 20),
                    cut(row.name() == null ? "" : row.name(), 500), cut(row.altName(), 500), row.level(),
                    row.key()});
                for (Map.Entry<String, BigDecimal> cell : row.amounts().entrySet()) {
                    if (cell.getValue() != null) {
                        cells.add(new Object[] {reportId, table.number(), ordinal, cell.getKey(), cell.getValue()});
                    }
                }
                ordinal++;
            }
        }
        jdbc.batchUpdate("INSERT INTO report_tables (report_id, number, table_type, title, empty) "
                + "VALUES (?, ?, ?, ?, ?)", tables);
        jdbc.batchUpdate("INSERT INTO table_rows (report_id, table_number, ordinal, side, code, name, alt_name, "
                + "level, row_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO table_cells (report_id, table_number, row_ordinal, column_name, amount) "
                + "VALUES (?, ?, ?, ?, ?)", cells);
    }

    private void writeFacts(long reportId, List<NarrativeFact> facts) {
        List<Object[]> args = new ArrayList<>();
        int ordinal = 0;
        for (NarrativeFact fact : facts) {
            args.add(new Object[] {reportId, ordinal++, cut(fact.section(), 40), fact.kind().name(),
                cut(fact.subject(), 1000), fact.value(), cut(fact.unit(), 20)});
        }
        jdbc.batchUpdate("INSERT INTO narrative_facts (report_id, ordinal, section, kind, subject, fact_value, "
                + "fact_unit) VALUES (?, ?, ?, ?, ?, ?, ?)", args);
    }

    private void writeProjects(long reportId, List<Project> projects) {
        List<Object[]> args = new ArrayList<>();
        int ordinal = 0;
        for (Project project : projects) {
            args.add(new Object[] {reportId, ordinal++, cut(project.name(), 1000), cut(project.unit(), 500),
                project.funding().name(), project.total()});
        }
        jdbc.batchUpdate("INSERT INTO projects (report_id, ordinal, name, unit_name, funding, total) "
                + "VALUES (?, ?, ?, ?, ?, ?)", args);
    }

    private void writeGoals(long reportId, List<PerformanceGoal> goals) {
        List<Object[]> goalArgs = new ArrayList<>();
        List<Object[]> indicatorArgs = new ArrayList<>();
        int ordinal = 0;
        for (PerformanceGoal goal : goals) {
            BigDecimal annualTotal = goal.annualFunds() == null ? null : goal.annualFunds().total();
            goalArgs.add(new Object[] {reportId, ordinal, cut(goal.projectName(), 1000),
                cut(goal.implementingUnit(), 500), annualTotal, goal.annualGoal()});
            int indicator = 0;
            for (Indicator i : goal.periodIndicators()) {
                indicatorArgs.add(indicatorRow(reportId, ordinal, indicator++, "PERIOD", i));
            }
            for (Indicator i : goal.annualIndicators()) {
                indicatorArgs.add(indicatorRow(reportId, ordinal, indicator++, "ANNUAL", i));
            }
            ordinal++;
        }
        jdbc.batchUpdate("INSERT INTO performance_goals (report_id, ordinal, project_name, implementing_unit, "
                + "annual_total, annual_goal) VALUES (?, ?, ?, ?, ?, ?)", goalArgs);
        jdbc.batchUpdate("INSERT INTO goal_indicators (report_id, goal_ordinal, ordinal, half, level1, level2, "
                + "name, target) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", indicatorArgs);
    }

    private static Object[] indicatorRow(long reportId, int goal, int ordinal, String half, Indicator i) {
        return new Object[] {reportId, goal, ordinal, half, cut(i.level1(), 200), cut(i.level2(), 200),
            cut(i.name(), 1000), cut(i.value(), 1000)};
    }

    private void writeSelfEvaluations(long reportId, List<SelfEvaluation> evaluations) {
        List<Object[]> args = new ArrayList<>();
        int ordinal = 0;
        for (SelfEvaluation e : evaluations) {
            args.add(new Object[] {reportId, ordinal++, cut(e.projectName(), 1000), e.totalScore(),
                cut(e.grade(), 20)});
        }
        jdbc.batchUpdate("INSERT INTO self_evaluations (report_id, ordinal, project_name, total_score, grade) "
                + "VALUES (?, ?, ?, ?, ?)", args);
    }

    private void writeFindings(long reportId, List<Finding> findings) {
        FindingsJsonWriter json = FindingsJsonWriter.objectForOneFile();
        List<Object[]> args = new ArrayList<>();
        int ordinal = 0;
        for (Finding f : findings) {
            String evidence;
            try {
                evidence = JSON.writeValueAsString(json.finding(f).get("evidence"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise the evidence of " + f.rule(), e);
            }
            args.add(new Object[] {reportId, ordinal++, f.rule(), f.severity().name(), f.category().name(),
                f.message(), f.tables().stream().map(String::valueOf).collect(Collectors.joining(",")),
                f.location().table(), cut(f.location().row(), 500), cut(f.location().column(), 40),
                cut(f.location().section(), 500), cut(f.expected(), 500), cut(f.actual(), 500),
                f.difference() == null ? null : f.difference().toPlainString(),
                f.basis(), evidence});
        }
        jdbc.batchUpdate("INSERT INTO findings (report_id, ordinal, rule_id, severity, category, message, tables, "
                + "table_number, row_label, column_name, section, expected, actual, difference, basis, evidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args);
    }

    /** Texts longer than their column are cut (a misread wrapped cell can be very long); the JSON keeps them whole. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
