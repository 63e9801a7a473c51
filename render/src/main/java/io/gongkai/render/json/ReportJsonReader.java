package io.gongkai.render.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.model.Assets;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FactKind;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.FinalAccountsStatements.ChangeStatement;
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.FinalAccountsStatements.ProcurementStatement;
import io.gongkai.model.FinalAccountsStatements.SelfEvaluationSummary;
import io.gongkai.model.FinalAccountsStatements.ThreePublicItem;
import io.gongkai.model.FinalAccountsStatements.ThreePublicStatement;
import io.gongkai.model.FinalAccountsStatements.Visits;
import io.gongkai.model.FundSplit;
import io.gongkai.model.GlossaryEntry;
import io.gongkai.model.Indicator;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Overview;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Procurement;
import io.gongkai.model.Project;
import io.gongkai.model.ProjectFunding;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.Side;
import io.gongkai.model.SourceRef;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.Unit;
import io.gongkai.model.UnitType;
import io.gongkai.model.Vehicles;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the canonical JSON that {@link ReportJsonWriter} writes (docs/json-format.md) back into a {@link Report}, so
 * that a stored document can be rendered without the file it was read from. Every field the writer writes is read
 * back; {@code summary} is derived from the tables and not read. What the format does not hold comes back empty: the
 * report's own source reference, a source's page box and OCR mark, and the raw line of an ingest issue (whose place
 * is written as its location text only). Thread-safe.
 */
public final class ReportJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** An ingest issue's location as {@link SourceRef#location()} writes it: [file:](pPAGE[:LINE] | LINE)[（OCR）]. */
    private static final Pattern LOCATION = Pattern.compile("^(?:(.*):)?(?:p(\\d+)(?::(\\d+))?|(\\d+))(（OCR）)?$");

    private ReportJsonReader() {
    }

    /** Reads a document from a stream (UTF-8). */
    public static Report read(InputStream in) throws IOException {
        return read(MAPPER.readTree(in));
    }

    /** Reads a document from its text. */
    public static Report read(String json) throws IOException {
        return read(MAPPER.readTree(json));
    }

    /**
     * Reads a parsed document.
     *
     * @throws IllegalArgumentException when a required field is missing or holds an unknown name
     */
    public static Report read(JsonNode root) {
        ReportKind kind = ReportKind.valueOf(required(root, "kind").asText());
        JsonNode unit = required(root, "unit");
        JsonNode narrative = root.path("narrative");
        FinalAccountsStatements finalAccounts = narrative.has("finalAccounts")
                ? finalAccounts(narrative.get("finalAccounts")) : FinalAccountsStatements.NONE;
        return new Report(kind, required(root, "year").asInt(),
                new Unit(text(unit, "name"), text(unit, "code"), unit.hasNonNull("type")
                        ? UnitType.valueOf(unit.get("type").asText()) : UnitType.UNKNOWN),
                overview(root.path("overview")),
                list(root.path("tables"), ReportJsonReader::table),
                new Narrative(list(narrative.path("sections"), ReportJsonReader::section),
                        list(narrative.path("facts"), ReportJsonReader::fact), finalAccounts),
                list(root.path("projects"), ReportJsonReader::project),
                list(root.path("performanceGoals"), ReportJsonReader::goal),
                list(root.path("selfEvaluations"), ReportJsonReader::selfEvaluation),
                assets(root.path("assets")),
                procurement(root.path("procurement")),
                list(root.path("glossary"), g -> new GlossaryEntry(text(g, "term"), text(g, "definition"),
                        source(g))),
                list(root.path("issues"), i -> new IngestIssue(location(text(i, "where")), text(i, "message"))),
                SourceRef.NONE);
    }

    private static Overview overview(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Overview.EMPTY;
        }
        return new Overview(strings(node.path("duties")), text(node, "organisation"),
                strings(node.path("internalOffices")), strings(node.path("subordinateUnits")), source(node));
    }

    private static DisclosureTable table(JsonNode node) {
        List<TableRow> rows = list(node.path("rows"), r -> {
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            r.path("amounts").fields().forEachRemaining(cell -> amounts.put(cell.getKey(),
                    new BigDecimal(cell.getValue().asText())));
            return new TableRow(r.hasNonNull("side") ? Side.valueOf(r.get("side").asText()) : Side.NONE,
                    text(r, "code"), text(r, "name"), text(r, "altName"), r.path("level").asInt(), text(r, "key"),
                    amounts, source(r), r.hasNonNull("lineNumber") ? r.get("lineNumber").asInt() : null);
        });
        return new DisclosureTable(TableType.valueOf(required(node, "type").asText()), text(node, "title"),
                node.path("empty").asBoolean(), rows, source(node));
    }

    private static NarrativeSection section(JsonNode node) {
        return new NarrativeSection(text(node, "number"), text(node, "title"), text(node, "text"), source(node));
    }

    private static NarrativeFact fact(JsonNode node) {
        return new NarrativeFact(text(node, "section"), FactKind.valueOf(required(node, "kind").asText()),
                text(node, "subject"), decimal(node, "value"), text(node, "unit"), source(node));
    }

    private static Project project(JsonNode node) {
        return new Project(text(node, "name"), text(node, "unit"),
                ProjectFunding.valueOf(required(node, "funding").asText()), decimal(node, "total"), source(node));
    }

    private static PerformanceGoal goal(JsonNode node) {
        return new PerformanceGoal(text(node, "projectName"), text(node, "departmentCode"),
                text(node, "departmentName"), text(node, "implementingUnit"), text(node, "attribute"),
                text(node, "period"), funds(node.path("periodFunds")), funds(node.path("annualFunds")),
                text(node, "overview"), text(node, "basis"), text(node, "necessity"), text(node, "safeguards"),
                text(node, "plan"), text(node, "periodGoal"), text(node, "annualGoal"),
                list(node.path("periodIndicators"), ReportJsonReader::indicator),
                list(node.path("annualIndicators"), ReportJsonReader::indicator), source(node));
    }

    private static SelfEvaluation selfEvaluation(JsonNode node) {
        List<SelfEvaluation.ScoredIndicator> indicators = list(node.path("indicators"),
                i -> new SelfEvaluation.ScoredIndicator(indicator(i), text(i, "actual"), decimal(i, "weight"),
                        decimal(i, "score"), text(i, "adjustedValue"), text(i, "deviationReason")));
        JsonNode a = node.path("analysis");
        SelfEvaluation.Analysis analysis = new SelfEvaluation.Analysis(text(a, "execution"), text(a, "output"),
                text(a, "benefit"), text(a, "satisfaction"), text(a, "experience"), text(a, "problems"),
                text(a, "improvements"));
        return new SelfEvaluation(text(node, "projectName"), decimal(node, "initialBudget"),
                decimal(node, "fullYearBudget"), decimal(node, "executed"), decimal(node, "executionRate"),
                decimal(node, "executionScore"), decimal(node, "totalScore"), text(node, "grade"), indicators,
                source(node), node.path("year").asInt(), text(node, "department"), text(node, "budgetUnit"),
                decimal(node, "declaredBudget"), decimal(node, "balance"), decimal(node, "executionWeight"),
                text(node, "annualGoal"), text(node, "achievement"), analysis);
    }

    private static Indicator indicator(JsonNode node) {
        return new Indicator(text(node, "level1"), text(node, "level2"), text(node, "name"), text(node, "value"),
                source(node));
    }

    private static FundSplit funds(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return FundSplit.NONE;
        }
        return new FundSplit(decimal(node, "total"), decimal(node, "central"), decimal(node, "provincial"),
                decimal(node, "local"), decimal(node, "selfRaised"), decimal(node, "other"));
    }

    private static Assets assets(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Assets.NONE;
        }
        JsonNode vehicles = node.path("vehicles");
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        vehicles.path("byCategory").fields().forEachRemaining(e -> byCategory.put(e.getKey(),
                e.getValue().isNull() ? null : e.getValue().asInt()));
        return new Assets(text(node, "asOf"), new Vehicles(integer(vehicles, "quota"), integer(vehicles, "actual"),
                byCategory), decimal(node, "officeArea"), integer(node, "equipmentOver500k"),
                integer(node, "equipmentOver1m"), source(node));
    }

    private static Procurement procurement(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Procurement.NONE;
        }
        return new Procurement(decimal(node, "total"), decimal(node, "goods"), decimal(node, "works"),
                decimal(node, "services"), source(node));
    }

    private static FinalAccountsStatements finalAccounts(JsonNode node) {
        List<ClassStatement> classes = list(node.path("classes"), c -> new ClassStatement(text(c, "name"),
                decimal(c, "amount"), decimal(c, "share"), text(c, "purpose"), change(c.path("change"))));
        JsonNode t = node.path("threePublic");
        ThreePublicStatement threePublic = new ThreePublicStatement(item(t.path("total")), item(t.path("abroad")),
                item(t.path("vehiclePurchase")), item(t.path("vehicleOperation")), item(t.path("reception")),
                visits(t.path("abroadGroups")), integer(t, "vehiclesBought"), integer(t, "vehiclesHeld"),
                visits(t.path("receptions")), visits(t.path("domestic")), visits(t.path("foreignAffairs")),
                visits(t.path("overseas")));
        JsonNode p = node.path("procurement");
        ProcurementStatement procurement = new ProcurementStatement(decimal(p, "total"), decimal(p, "goods"),
                decimal(p, "works"), decimal(p, "services"), decimal(p, "smeAmount"), decimal(p, "smeShare"),
                decimal(p, "smallMicroAmount"), decimal(p, "smallMicroShare"), source(p));
        List<SelfEvaluationSummary> summaries = list(node.path("selfEvaluationSummaries"),
                e -> new SelfEvaluationSummary(e.path("year").asInt(), text(e, "level"), integer(e, "count"),
                        decimal(e, "amount"), text(e, "amountUnit"), integer(e, "excellent"), integer(e, "good"),
                        integer(e, "fair"), integer(e, "poor"), source(e)));
        return new FinalAccountsStatements(decimal(node, "initialBudget"), decimal(node, "finalExpenditure"),
                decimal(node, "completionRate"), classes, threePublic, change(node.path("operatingCosts")),
                procurement, summaries, strings(node.path("repeatedSections")));
    }

    private static ChangeStatement change(JsonNode node) {
        return new ChangeStatement(decimal(node, "amount"), decimal(node, "change"), decimal(node, "changeRate"),
                text(node, "reason"), source(node));
    }

    /** A 三公 item: the writer keeps its change's difference, rate and reason (not a separate amount or source). */
    private static ThreePublicItem item(JsonNode node) {
        return new ThreePublicItem(decimal(node, "budget"), decimal(node, "actual"),
                decimal(node, "completionRate"), new ChangeStatement(null, decimal(node, "change"),
                        decimal(node, "changeRate"), text(node, "reason"), SourceRef.NONE));
    }

    private static Visits visits(JsonNode node) {
        return new Visits(decimal(node, "amount"), integer(node, "batches"), integer(node, "persons"));
    }

    private static SourceRef source(JsonNode node) {
        JsonNode s = node.get("source");
        if (s == null || s.isNull()) {
            return SourceRef.NONE;
        }
        return new SourceRef(text(s, "file"), s.path("page").asInt(), s.path("line").asInt(), text(s, "raw"));
    }

    private static SourceRef location(String where) {
        if (where == null) {
            return SourceRef.NONE;
        }
        Matcher m = LOCATION.matcher(where);
        if (!m.matches()) {
            return new SourceRef(where, 0, 0, "");
        }
        int page = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int line = m.group(3) != null ? Integer.parseInt(m.group(3))
                : m.group(4) != null ? Integer.parseInt(m.group(4)) : 0;
        return new SourceRef(m.group(1), page, line, "", null, m.group(5) != null);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        for (JsonNode node : array) {
            items.add(item.apply(node));
        }
        return items;
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asText);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("the report document lacks \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : new BigDecimal(value);
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
