package io.gongkai.render.findings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.rules.Evidence;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.linkage.PairRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes findings as SARIF 2.1.0 for CI systems and code-scanning dashboards: one run of the tool {@code gongkai}
 * whose {@code tool.driver.rules} is the rule catalogue (id, name, short and full description, help, default
 * level, category and basis), one artifact per file, and one result per finding with its rule, level
 * ({@code error}, {@code warning}, {@code note}), message and location: the file, the line of the first value it
 * rests on (when the value was read from the document), and the table cell or section as a logical location.
 * The other values it rests on are related locations. Thread-safe.
 */
public final class FindingsSarifWriter implements FindingsWriter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
            + "sarif-schema-2.1.0.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** A rule's name (its class's simple name) and its documentation. */
    private record Described(String name, RuleDoc doc) {
    }

    private final List<Described> rules;
    private final String toolVersion;

    /**
     * @param rules the rule catalogue the findings came from, written as {@code tool.driver.rules}
     * @param toolVersion the version of gongkai
     */
    public FindingsSarifWriter(List<Rule> rules, String toolVersion) {
        this(rules, List.of(), toolVersion);
    }

    /**
     * @param rules the rule catalogue the findings came from
     * @param pairRules the linkage rules, also written as {@code tool.driver.rules}
     * @param toolVersion the version of gongkai
     */
    public FindingsSarifWriter(List<Rule> rules, List<PairRule> pairRules, String toolVersion) {
        List<Described> described = new java.util.ArrayList<>();
        rules.forEach(r -> described.add(new Described(r.getClass().getSimpleName(), r.doc())));
        pairRules.forEach(r -> described.add(new Described(r.getClass().getSimpleName(), r.doc())));
        this.rules = List.copyOf(described);
        this.toolVersion = toolVersion;
    }

    @Override
    public void write(List<CheckedFile> files, Appendable out) throws IOException {
        try {
            out.append(MAPPER.writeValueAsString(toTree(files))).append('\n');
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SARIF log of the files' findings. */
    public ObjectNode toTree(List<CheckedFile> files) {
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "gongkai");
        driver.put("fullName", "Gongkai（公开）部门预决算公开审核");
        driver.put("version", toolVersion);
        driver.put("semanticVersion", toolVersion);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode descriptors = driver.putArray("rules");
        for (Described rule : rules) {
            RuleDoc doc = rule.doc();
            if (ruleIndex.putIfAbsent(doc.id(), ruleIndex.size()) == null) {
                descriptors.add(descriptor(rule.name(), doc));
            }
        }
        ArrayNode artifacts = run.putArray("artifacts");
        ArrayNode results = run.putArray("results");
        for (int i = 0; i < files.size(); i++) {
            CheckedFile file = files.get(i);
            artifacts.addObject().putObject("location").put("uri", uri(file.file()));
            for (Finding f : file.result().findings()) {
                results.add(result(f, file.file(), i, ruleIndex.get(f.rule())));
            }
        }
        run.put("columnKind", "unicodeCodePoints");
        return log;
    }

    private static ObjectNode descriptor(String name, RuleDoc doc) {
        ObjectNode d = NODES.objectNode();
        d.put("id", doc.id());
        d.put("name", name);
        d.putObject("shortDescription").put("text", doc.title());
        d.putObject("fullDescription").put("text", doc.rationale());
        String basis = doc.basis().isBlank() ? "—" : doc.basis();
        ObjectNode help = d.putObject("help");
        help.put("text", doc.title() + "\n理由：" + doc.rationale() + "\n依据：" + basis);
        help.put("markdown", "**" + RuleCatalogWriter.markdown(doc.title()) + "**\n\n理由："
                + RuleCatalogWriter.markdown(doc.rationale()) + "\n\n依据：" + RuleCatalogWriter.markdown(basis));
        d.putObject("defaultConfiguration").put("level", level(doc.severity()));
        ObjectNode properties = d.putObject("properties");
        properties.put("category", doc.category().name());
        properties.put("categoryLabel", doc.category().label());
        properties.put("basis", doc.basis());
        properties.putArray("tags").add(doc.category().label());
        return d;
    }

    private static ObjectNode result(Finding f, String file, int artifact, Integer ruleIndex) {
        ObjectNode r = NODES.objectNode();
        r.put("ruleId", f.rule());
        if (ruleIndex != null) {
            r.put("ruleIndex", ruleIndex);
        }
        r.put("level", level(f.severity()));
        r.putObject("message").put("text", message(f));
        ObjectNode location = r.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifactLocation = physical.putObject("artifactLocation");
        artifactLocation.put("uri", uri(file));
        artifactLocation.put("index", artifact);
        firstLine(f).ifPresent(line -> physical.putObject("region").put("startLine", line));
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", f.location().describe());
        logical.put("kind", f.location().table() != null ? "table" : "section");
        ArrayNode related = NODES.arrayNode();
        int id = 1;
        for (Evidence e : f.evidence()) {
            if (e.source().line() > 0) {
                ObjectNode rel = related.addObject();
                rel.put("id", id++);
                ObjectNode p = rel.putObject("physicalLocation");
                p.putObject("artifactLocation").put("uri", uri(file)).put("index", artifact);
                p.putObject("region").put("startLine", e.source().line());
                rel.putObject("message").put("text", e.what() + " = " + e.value());
            }
        }
        if (!related.isEmpty()) {
            r.set("relatedLocations", related);
        }
        ObjectNode properties = r.putObject("properties");
        properties.put("category", f.category().name());
        ArrayNode tables = properties.putArray("tables");
        f.tables().forEach(tables::add);
        properties.put("location", f.location().describe());
        properties.put("expected", f.expected());
        properties.put("actual", f.actual());
        properties.put("difference", f.difference() == null ? null : f.difference().toPlainString());
        properties.put("basis", f.basis());
        return r;
    }

    /** The message with its location and values, since SARIF viewers show little else. */
    private static String message(Finding f) {
        StringBuilder sb = new StringBuilder(f.message());
        if (f.expected() != null || f.actual() != null) {
            sb.append("（应为 ").append(f.expected() == null ? "—" : f.expected())
                    .append("，实为 ").append(f.actual() == null ? "—" : f.actual());
            if (f.difference() != null) {
                sb.append("，差额 ").append(Labels.signed(f.difference()));
            }
            sb.append('）');
        }
        return sb.toString();
    }

    private static Optional<Integer> firstLine(Finding f) {
        return f.evidence().stream().map(e -> e.source().line()).filter(line -> line > 0).findFirst();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** The file as a URI reference: relative paths stay relative, with {@code /} and percent-encoding. */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        boolean windowsDrive = path.length() > 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
                && path.charAt(2) == '/';
        if (windowsDrive) {
            path = "/" + path;
        } else if (!path.startsWith("/") && path.split("/", 2)[0].contains(":")) {
            path = "./" + path;
        }
        try {
            URI uri = path.startsWith("/") ? new URI("file", "", path, null) : new URI(null, null, path, null);
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
