package io.gongkai.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.model.Assets;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FundSplit;
import io.gongkai.model.GlossaryEntry;
import io.gongkai.model.Indicator;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Overview;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Procurement;
import io.gongkai.model.Project;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.Side;
import io.gongkai.model.SourceRef;
import io.gongkai.model.Summary;
import io.gongkai.model.TableRow;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a report as its canonical JSON (docs/json-format.md). Amounts are decimal strings; provenance is written
 * as {@code source} unless disabled. Thread-safe.
 */
public final class ReportJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The BigDecimal components of each record class, in declaration order. */
    private static final ClassValue<List<RecordComponent>> DECIMAL_COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() == BigDecimal.class).toList();
        }
    };
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final boolean provenance;

    private ReportJsonWriter(boolean provenance) {
        this.provenance = provenance;
    }

    /** A writer that includes the provenance of every value. */
    public static ReportJsonWriter withProvenance() {
        return new ReportJsonWriter(true);
    }

    /** A writer that leaves provenance out (the form of golden files). */
    public static ReportJsonWriter withoutProvenance() {
        return new ReportJsonWriter(false);
    }

    /** Writes the report to the stream, UTF-8, indented. */
    public void write(Report report, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toTree(report));
    }

    /** The report as a JSON tree. */
    public ObjectNode toTree(Report report) {
        ObjectNode root = NODES.objectNode();
        root.put("kind", report.kind().name());
        root.put("year", report.year());
        ObjectNode unit = root.putObject("unit");
        unit.put("name", report.unit().name());
        unit.put("code", report.unit().code());
        unit.put("type", report.unit().type().name());
        root.set("overview", overview(report.overview()));
        ArrayNode tables = root.putArray("tables");
        report.tables().forEach(t -> tables.add(table(t)));
        ObjectNode narrative = root.putObject("narrative");
        ArrayNode sections = narrative.putArray("sections");
        report.narrative().sections().forEach(s -> sections.add(section(s)));
        ArrayNode facts = narrative.putArray("facts");
        report.narrative().facts().forEach(f -> facts.add(fact(f)));
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            narrative.set("finalAccounts", FinalAccountsJson.statements(report.narrative().finalAccounts(),
                    this::source));
        }
        ArrayNode projects = root.putArray("projects");
        report.projects().forEach(p -> projects.add(project(p)));
        ArrayNode goals = root.putArray("performanceGoals");
        report.performanceGoals().forEach(g -> goals.add(goal(g)));
        ArrayNode evaluations = root.putArray("selfEvaluations");
        report.selfEvaluations().forEach(e -> evaluations.add(selfEvaluation(e)));
        root.set("assets", assets(report.assets()));
        root.set("procurement", procurement(report.procurement()));
        ArrayNode glossary = root.putArray("glossary");
        for (GlossaryEntry entry : report.glossary()) {
            ObjectNode e = glossary.addObject();
            e.put("term", entry.term());
            e.put("definition", entry.definition());
            source(e, entry.source());
        }
        root.set("summary", summary(report.summary()));
        ArrayNode issues = root.putArray("issues");
        for (IngestIssue issue : report.issues()) {
            ObjectNode i = issues.addObject();
            i.put("where", issue.where().location());
            i.put("message", issue.message());
        }
        return root;
    }

    private ObjectNode overview(Overview overview) {
        ObjectNode node = NODES.objectNode();
        strings(node.putArray("duties"), overview.duties());
        node.put("organisation", overview.organisation());
        strings(node.putArray("internalOffices"), overview.internalOffices());
        strings(node.putArray("subordinateUnits"), overview.subordinateUnits());
        source(node, overview.source());
        return node;
    }

    private ObjectNode table(DisclosureTable table) {
        ObjectNode node = NODES.objectNode();
        node.put("number", table.number());
        node.put("type", table.type().name());
        node.put("title", table.title());
        node.put("empty", table.empty());
        ArrayNode rows = node.putArray("rows");
        for (TableRow row : table.rows()) {
            ObjectNode r = rows.addObject();
            if (row.side() != Side.NONE) {
                r.put("side", row.side().name());
            }
            putIfPresent(r, "code", row.code());
            r.put("name", row.name());
            putIfPresent(r, "altName", row.altName());
            r.put("level", row.level());
            putIfPresent(r, "key", row.key());
            if (row.lineNumber() != null) {
                r.put("lineNumber", row.lineNumber());
            }
            ObjectNode amounts = r.putObject("amounts");
            for (Map.Entry<String, BigDecimal> cell : row.amounts().entrySet()) {
                amounts.put(cell.getKey(), cell.getValue().toPlainString());
            }
            source(r, row.source());
        }
        source(node, table.source());
        return node;
    }

    private ObjectNode section(NarrativeSection section) {
        ObjectNode node = NODES.objectNode();
        node.put("number", section.number());
        node.put("title", section.title());
        node.put("text", section.text());
        source(node, section.source());
        return node;
    }

    private ObjectNode fact(NarrativeFact fact) {
        ObjectNode node = NODES.objectNode();
        node.put("section", fact.section());
        node.put("kind", fact.kind().name());
        node.put("subject", fact.subject());
        node.put("value", fact.value().toPlainString());
        node.put("unit", fact.unit());
        source(node, fact.source());
        return node;
    }

    private ObjectNode project(Project project) {
        ObjectNode node = NODES.objectNode();
        node.put("name", project.name());
        node.put("unit", project.unit());
        node.put("funding", project.funding().name());
        decimal(node, "total", project.total());
        source(node, project.source());
        return node;
    }

    private ObjectNode goal(PerformanceGoal goal) {
        ObjectNode node = NODES.objectNode();
        node.put("projectName", goal.projectName());
        node.put("departmentCode", goal.departmentCode());
        node.put("departmentName", goal.departmentName());
        node.put("implementingUnit", goal.implementingUnit());
        node.put("attribute", goal.attribute());
        node.put("period", goal.period());
        node.set("periodFunds", funds(goal.periodFunds()));
        node.set("annualFunds", funds(goal.annualFunds()));
        node.put("overview", goal.overview());
        node.put("basis", goal.basis());
        node.put("necessity", goal.necessity());
        node.put("safeguards", goal.safeguards());
        node.put("plan", goal.plan());
        node.put("periodGoal", goal.periodGoal());
        node.put("annualGoal", goal.annualGoal());
        ArrayNode period = node.putArray("periodIndicators");
        goal.periodIndicators().forEach(i -> period.add(indicator(i)));
        ArrayNode annual = node.putArray("annualIndicators");
        goal.annualIndicators().forEach(i -> annual.add(indicator(i)));
        source(node, goal.source());
        return node;
    }

    private ObjectNode selfEvaluation(SelfEvaluation evaluation) {
        ObjectNode node = NODES.objectNode();
        node.put("projectName", evaluation.projectName());
        node.put("year", evaluation.year());
        node.put("department", evaluation.department());
        node.put("budgetUnit", evaluation.budgetUnit());
        decimal(node, "declaredBudget", evaluation.declaredBudget());
        decimal(node, "initialBudget", evaluation.initialBudget());
        decimal(node, "fullYearBudget", evaluation.fullYearBudget());
        decimal(node, "executed", evaluation.executed());
        decimal(node, "balance", evaluation.balance());
        decimal(node, "executionRate", evaluation.executionRate());
        decimal(node, "executionWeight", evaluation.executionWeight());
        decimal(node, "executionScore", evaluation.executionScore());
        node.put("annualGoal", evaluation.annualGoal());
        node.put("achievement", evaluation.achievement());
        ArrayNode indicators = node.putArray("indicators");
        for (SelfEvaluation.ScoredIndicator scored : evaluation.indicators()) {
            ObjectNode i = indicator(scored.indicator());
            i.put("adjustedValue", scored.adjustedValue());
            i.put("actual", scored.actual());
            decimal(i, "weight", scored.weight());
            decimal(i, "score", scored.score());
            i.put("deviationReason", scored.deviationReason());
            indicators.add(i);
        }
        decimal(node, "totalScore", evaluation.totalScore());
        node.put("grade", evaluation.grade());
        SelfEvaluation.Analysis a = evaluation.analysis();
        ObjectNode analysis = node.putObject("analysis");
        analysis.put("execution", a.execution());
        analysis.put("output", a.output());
        analysis.put("benefit", a.benefit());
        analysis.put("satisfaction", a.satisfaction());
        analysis.put("experience", a.experience());
        analysis.put("problems", a.problems());
        analysis.put("improvements", a.improvements());
        source(node, evaluation.source());
        return node;
    }

    private ObjectNode indicator(Indicator indicator) {
        ObjectNode node = NODES.objectNode();
        node.put("level1", indicator.level1());
        node.put("level2", indicator.level2());
        node.put("name", indicator.name());
        node.put("value", indicator.value());
        source(node, indicator.source());
        return node;
    }

    private static ObjectNode funds(FundSplit split) {
        return decimals(NODES.objectNode(), split);
    }

    private ObjectNode assets(Assets assets) {
        ObjectNode node = NODES.objectNode();
        node.put("asOf", assets.asOf());
        ObjectNode vehicles = node.putObject("vehicles");
        vehicles.put("quota", assets.vehicles().quota());
        vehicles.put("actual", assets.vehicles().actual());
        ObjectNode categories = vehicles.putObject("byCategory");
        assets.vehicles().byCategory().forEach(categories::put);
        decimal(node, "officeArea", assets.officeArea());
        node.put("equipmentOver500k", assets.equipmentOver500k());
        node.put("equipmentOver1m", assets.equipmentOver1m());
        source(node, assets.source());
        return node;
    }

    private ObjectNode procurement(Procurement procurement) {
        ObjectNode node = decimals(NODES.objectNode(), procurement);
        source(node, procurement.source());
        return node;
    }

    private static ObjectNode summary(Summary summary) {
        return decimals(NODES.objectNode(), summary);
    }

    /**
     * Puts each BigDecimal component of a figures record (a {@link Summary}, a {@link FundSplit}, a
     * {@link Procurement}) under its component's name, in declaration order, and returns the node. The component
     * names are the JSON field names of docs/json-format.md, so renaming one renames the field.
     */
    private static ObjectNode decimals(ObjectNode node, Record figures) {
        for (RecordComponent component : DECIMAL_COMPONENTS.get(figures.getClass())) {
            try {
                decimal(node, component.getName(), (BigDecimal) component.getAccessor().invoke(figures));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component + " of " + figures.getClass(), e);
            }
        }
        return node;
    }

    void source(ObjectNode node, SourceRef ref) {
        if (!provenance || ref == null || ref.equals(SourceRef.NONE)) {
            return;
        }
        ObjectNode s = node.putObject("source");
        s.put("file", ref.file());
        s.put("page", ref.page());
        s.put("line", ref.line());
        s.put("raw", ref.raw());
    }

    static void decimal(ObjectNode node, String field, BigDecimal value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.toPlainString());
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
