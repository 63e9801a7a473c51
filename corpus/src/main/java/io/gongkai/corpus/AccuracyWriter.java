package io.gongkai.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;

/** Writes an {@link Accuracy} as an aligned text table or as JSON. Stateless; writes to any Appendable. */
public final class AccuracyWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Appendable out;

    public AccuracyWriter(Appendable out) {
        this.out = out;
    }

    /** The table: totals, then one line per defect type, then one line per rule. */
    public void table(Accuracy a) throws IOException {
        out.append(String.format(Locale.ROOT, "文档 documents: %d  无法读取 unreadable: %d  无缺陷 clean: %d"
                + " (有误报 with findings: %d)%n", a.documents(), a.unreadable(), a.cleanDocuments(),
                a.cleanWithFindings()));
        out.append(String.format(Locale.ROOT, "发现 findings (ERROR/WARNING): %d  误报 false positives: %d"
                + "  精确率 precision: %s%n%n", a.findings(), a.falsePositives(), percent(a.precision())));
        out.append(String.format(Locale.ROOT, "%-18s %8s %8s %8s %9s %9s %10s%n", "defect type", "planted",
                "detected", "recall", "findings", "explained", "precision"));
        for (Accuracy.TypeLine t : a.byType()) {
            out.append(String.format(Locale.ROOT, "%-18s %8d %8d %8s %9d %9d %10s%n", t.type().name(),
                    t.planted(), t.detected(), percent(t.recall()), t.findings(), t.explained(),
                    percent(t.precision())));
        }
        out.append(String.format(Locale.ROOT, "%n%-12s %9s %9s %10s %9s %8s %8s%n", "rule", "findings",
                "explained", "precision", "expected", "fired", "recall"));
        for (Accuracy.RuleLine r : a.byRule()) {
            out.append(String.format(Locale.ROOT, "%-12s %9d %9d %10s %9d %8d %8s%n", r.rule(), r.findings(),
                    r.explained(), percent(r.precision()), r.expected(), r.fired(), percent(r.recall())));
        }
    }

    /** The JSON form: the same figures, ratios as numbers between 0 and 1 (null when nothing was counted). */
    public void json(Accuracy a) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("documents", a.documents());
        root.put("unreadable", a.unreadable());
        root.put("cleanDocuments", a.cleanDocuments());
        root.put("cleanWithFindings", a.cleanWithFindings());
        root.put("findings", a.findings());
        root.put("falsePositives", a.falsePositives());
        root.put("precision", a.precision());
        ArrayNode types = root.putArray("byType");
        for (Accuracy.TypeLine t : a.byType()) {
            ObjectNode n = types.addObject();
            n.put("type", t.type().name());
            n.put("label", t.type().label());
            n.put("planted", t.planted());
            n.put("detected", t.detected());
            n.put("recall", t.recall());
            n.put("findings", t.findings());
            n.put("explained", t.explained());
            n.put("precision", t.precision());
        }
        ArrayNode rules = root.putArray("byRule");
        for (Accuracy.RuleLine r : a.byRule()) {
            ObjectNode n = rules.addObject();
            n.put("rule", r.rule());
            n.put("findings", r.findings());
            n.put("explained", r.explained());
            n.put("precision", r.precision());
            n.put("expected", r.expected());
            n.put("fired", r.fired());
            n.put("recall", r.recall());
        }
        root.set("misses", JSON.valueToTree(a.misses()));
        out.append(JSON.writeValueAsString(root)).append(System.lineSeparator());
    }

    private static String percent(Double ratio) {
        return ratio == null ? "-" : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }
}
