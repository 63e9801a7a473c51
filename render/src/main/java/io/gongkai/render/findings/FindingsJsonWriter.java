package io.gongkai.render.findings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.model.Report;
import io.gongkai.model.SourceRef;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Evidence;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Location;
import io.gongkai.rules.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes findings as the JSON of the {@code gongkai check} contract (DESIGN.md):
 * <pre>
 * {"file", "report": {"kind", "year", "unit": {"name", "code"}},
 *  "findings": [{"rule", "severity", "category", "message", "tables", "location", "expected", "actual",
 *                "difference", "basis", "evidence"}],
 *  "counts": {"ERROR", "WARNING", "INFO"}}
 * </pre>
 * {@code location} is {@code {"table", "row", "column", "section", "description"}}; {@code expected},
 * {@code actual} and {@code difference} are decimal strings or null; {@code evidence} (beyond the contract) lists
 * the values used with their provenance {@code source: {"file", "page", "line", "raw"}} (null when derived).
 * Every field is always present, null when it has no value. Thread-safe.
 */
public final class FindingsJsonWriter implements FindingsWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final boolean alwaysArray;

    private FindingsJsonWriter(boolean alwaysArray) {
        this.alwaysArray = alwaysArray;
    }

    /** One file as an object, several (or none) as an array. */
    public static FindingsJsonWriter objectForOneFile() {
        return new FindingsJsonWriter(false);
    }

    /** Always an array, in the order given, even of one file (for runs over several named files). */
    public static FindingsJsonWriter array() {
        return new FindingsJsonWriter(true);
    }

    @Override
    public void write(List<CheckedFile> files, Appendable out) throws IOException {
        Object tree;
        if (files.size() == 1 && !alwaysArray) {
            tree = toTree(files.get(0));
        } else {
            ArrayNode array = NODES.arrayNode();
            files.forEach(f -> array.add(toTree(f)));
            tree = array;
        }
        try {
            out.append(MAPPER.writeValueAsString(tree)).append('\n');
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files' objects, then one object per pair: {@code {"linkage": {"budget": {"file", "kind", "year",
     * "unit"}, "finalAccounts": {...}}, "findings": [...], "counts": {...}}}, always as an array.
     */
    @Override
    public void write(List<CheckedFile> files, List<LinkedCheck> links, Appendable out) throws IOException {
        if (links.isEmpty()) {
            write(files, out);
            return;
        }
        ArrayNode array = NODES.arrayNode();
        files.forEach(f -> array.add(toTree(f)));
        links.forEach(l -> array.add(toTree(l)));
        try {
            out.append(MAPPER.writeValueAsString(array)).append('\n');
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The linkage findings of one pair as a JSON tree. */
    public ObjectNode toTree(LinkedCheck link) {
        ObjectNode root = NODES.objectNode();
        ObjectNode linkage = root.putObject("linkage");
        document(linkage.putObject("budget"), link.budgetFile(), link.pair().budget());
        document(linkage.putObject("finalAccounts"), link.finalAccountsFile(), link.pair().finalAccounts());
        ArrayNode findings = root.putArray("findings");
        link.findings().forEach(f -> findings.add(finding(f)));
        ObjectNode counts = root.putObject("counts");
        for (Severity s : Severity.values()) {
            counts.put(s.name(), link.findings().stream().filter(f -> f.severity() == s).count());
        }
        return root;
    }

    private static void document(ObjectNode node, String file, Report report) {
        node.put("file", file);
        node.put("kind", report.kind().name());
        node.put("year", report.year());
        ObjectNode unit = node.putObject("unit");
        unit.put("name", report.unit().name());
        unit.put("code", report.unit().code());
    }

    /** The findings of one file as a JSON tree. */
    public ObjectNode toTree(CheckedFile file) {
        CheckResult result = file.result();
        Report report = result.report();
        ObjectNode root = NODES.objectNode();
        root.put("file", file.file());
        ObjectNode r = root.putObject("report");
        r.put("kind", report.kind().name());
        r.put("year", report.year());
        ObjectNode unit = r.putObject("unit");
        unit.put("name", report.unit().name());
        unit.put("code", report.unit().code());
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(f -> findings.add(finding(f)));
        ObjectNode counts = root.putObject("counts");
        for (Severity s : Severity.values()) {
            counts.put(s.name(), result.counts().getOrDefault(s, 0));
        }
        return root;
    }

    /** One finding as a JSON object. */
    public ObjectNode finding(Finding f) {
        ObjectNode node = NODES.objectNode();
        node.put("rule", f.rule());
        node.put("severity", f.severity().name());
        node.put("category", f.category().name());
        node.put("message", f.message());
        ArrayNode tables = node.putArray("tables");
        f.tables().forEach(tables::add);
        node.set("location", location(f.location()));
        node.put("expected", f.expected());
        node.put("actual", f.actual());
        node.put("difference", f.difference() == null ? null : f.difference().toPlainString());
        node.put("basis", f.basis());
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence e : f.evidence()) {
            ObjectNode item = evidence.addObject();
            item.put("what", e.what());
            item.put("value", e.value());
            item.set("source", source(e.source()));
        }
        return node;
    }

    private static ObjectNode location(Location location) {
        ObjectNode node = NODES.objectNode();
        node.put("table", location.table());
        node.put("row", location.row());
        node.put("column", location.column());
        node.put("section", location.section());
        node.put("description", location.describe());
        return node;
    }

    private static ObjectNode source(SourceRef source) {
        if (source.equals(SourceRef.NONE)) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        node.put("file", source.file());
        node.put("page", source.page());
        node.put("line", source.line());
        node.put("raw", source.raw());
        return node;
    }
}
