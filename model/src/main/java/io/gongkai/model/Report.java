package io.gongkai.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A whole disclosure: a budget (部门预算公开) or final accounts (部门决算公开) of one unit for one year.
 *
 * @param kind budget or final accounts
 * @param year the budget year (2024 for a 2024 budget; the accounts year for final accounts)
 * @param unit the publishing unit
 * @param overview 第一部分 概况
 * @param tables the standard tables found, in canonical order
 * @param narrative 情况说明 as sections and facts
 * @param projects projects of tables 12 and 13
 * @param performanceGoals attached 项目支出绩效目标表
 * @param selfEvaluations attached 绩效自评表 (final accounts)
 * @param assets 国有资产占有使用情况
 * @param procurement 政府采购
 * @param glossary 名词解释
 * @param issues what the reader could not read
 * @param source the file as a whole
 */
public record Report(ReportKind kind, int year, Unit unit, Overview overview, List<DisclosureTable> tables,
                     Narrative narrative, List<Project> projects, List<PerformanceGoal> performanceGoals,
                     List<SelfEvaluation> selfEvaluations, Assets assets, Procurement procurement,
                     List<GlossaryEntry> glossary, List<IngestIssue> issues, SourceRef source) {

    public Report {
        overview = overview == null ? Overview.EMPTY : overview;
        tables = List.copyOf(tables);
        narrative = narrative == null ? Narrative.EMPTY : narrative;
        projects = List.copyOf(projects);
        performanceGoals = List.copyOf(performanceGoals);
        selfEvaluations = List.copyOf(selfEvaluations);
        assets = assets == null ? Assets.NONE : assets;
        procurement = procurement == null ? Procurement.NONE : procurement;
        glossary = List.copyOf(glossary);
        issues = List.copyOf(issues);
        source = source == null ? SourceRef.NONE : source;
    }

    /** The table of the given type, when the document has it. */
    public Optional<DisclosureTable> table(TableType type) {
        return tables.stream().filter(t -> t.type() == type).findFirst();
    }

    public Report withKind(ReportKind value) {
        return copy(copy -> copy.kind = value);
    }

    public Report withOverview(Overview value) {
        return copy(copy -> copy.overview = value);
    }

    public Report withGlossary(List<GlossaryEntry> value) {
        return copy(copy -> copy.glossary = value);
    }

    public Report withUnit(Unit value) {
        return copy(copy -> copy.unit = value);
    }

    public Report withTables(List<DisclosureTable> value) {
        return copy(copy -> copy.tables = value);
    }

    /** A copy with one table replaced (or added when the report lacks it). */
    public Report withTable(DisclosureTable value) {
        List<DisclosureTable> copy = new java.util.ArrayList<>(tables);
        copy.removeIf(t -> t.type() == value.type());
        copy.add(value);
        copy.sort(java.util.Comparator.comparingInt(DisclosureTable::number));
        return withTables(copy);
    }

    public Report withNarrative(Narrative value) {
        return copy(copy -> copy.narrative = value);
    }

    public Report withProjects(List<Project> value) {
        return copy(copy -> copy.projects = value);
    }

    public Report withPerformanceGoals(List<PerformanceGoal> value) {
        return copy(copy -> copy.performanceGoals = value);
    }

    public Report withSelfEvaluations(List<SelfEvaluation> value) {
        return copy(copy -> copy.selfEvaluations = value);
    }

    public Report withAssets(Assets value) {
        return copy(copy -> copy.assets = value);
    }

    public Report withProcurement(Procurement value) {
        return copy(copy -> copy.procurement = value);
    }

    /** The key figures of the report. */
    public Summary summary() {
        return Summary.of(this);
    }

    /** A copy with the fields that change set on a {@link Copy} of this report. */
    private Report copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.report();
    }

    /** The fields of a report, open to change, for the {@code with…} methods. */
    private static final class Copy {
        ReportKind kind;
        int year;
        Unit unit;
        Overview overview;
        List<DisclosureTable> tables;
        Narrative narrative;
        List<Project> projects;
        List<PerformanceGoal> performanceGoals;
        List<SelfEvaluation> selfEvaluations;
        Assets assets;
        Procurement procurement;
        List<GlossaryEntry> glossary;
        List<IngestIssue> issues;
        SourceRef source;

        Copy(Report r) {
            kind = r.kind;
            year = r.year;
            unit = r.unit;
            overview = r.overview;
            tables = r.tables;
            narrative = r.narrative;
            projects = r.projects;
            performanceGoals = r.performanceGoals;
            selfEvaluations = r.selfEvaluations;
            assets = r.assets;
            procurement = r.procurement;
            glossary = r.glossary;
            issues = r.issues;
            source = r.source;
        }

        Report report() {
            return new Report(kind, year, unit, overview, tables, narrative, projects, performanceGoals,
                    selfEvaluations, assets, procurement, glossary, issues, source);
        }
    }
}
