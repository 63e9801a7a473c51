package io.gongkai.render.findings;

import io.gongkai.rules.Category;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.docs.RuleCatalogueMarkdown;
import java.io.IOException;
import java.util.List;

/**
 * Writes the rule catalogue from the rules' {@link RuleDoc}s, grouped by category in catalogue order: id, title,
 * default severity, rationale and basis of every rule: text for a terminal ({@code gongkai rules}) and Markdown
 * ({@code gongkai rules --format markdown}, the catalogue part of docs/rules.md). Thread-safe.
 */
public final class RuleCatalogWriter {

    private final List<RuleDoc> rules;

    public RuleCatalogWriter(List<Rule> rules) {
        this.rules = rules.stream().map(Rule::doc).toList();
    }

    private RuleCatalogWriter(List<RuleDoc> docs, boolean unused) {
        this.rules = List.copyOf(docs);
    }

    /** A writer of the rules with these docs (single-report and linkage rules alike). */
    public static RuleCatalogWriter ofDocs(List<RuleDoc> docs) {
        return new RuleCatalogWriter(docs, true);
    }

    /**
     * The catalogue as Markdown: a heading and the catalogue part of docs/rules.md, made by the same generator
     * ({@link RuleCatalogueMarkdown#catalogue}), so that the command and the docs page never disagree.
     */
    public void writeMarkdown(Appendable out) throws IOException {
        out.append("# 规则目录 Rule catalogue\n\n").append(RuleCatalogueMarkdown.catalogueOf(rules));
    }

    /** The catalogue as plain text for a terminal. */
    public void writeText(Appendable out) throws IOException {
        out.append("规则目录：共 ").append(String.valueOf(rules.size())).append(" 条规则\n");
        if (rules.isEmpty()) {
            out.append("尚无规则。\n");
            return;
        }
        for (Category category : Category.values()) {
            List<RuleDoc> docs = docs(category);
            if (docs.isEmpty()) {
                continue;
            }
            out.append('\n').append(category.label()).append(' ').append(category.name()).append("（")
                    .append(String.valueOf(docs.size())).append("）\n");
            for (RuleDoc doc : docs) {
                out.append("  ").append(doc.id()).append("  ").append(doc.severity().label()).append("  ")
                        .append(doc.title()).append('\n');
                out.append("      理由：").append(oneLine(doc.rationale())).append('\n');
                out.append("      依据：").append(oneLine(orDash(doc.basis()))).append('\n');
            }
        }
    }

    private List<RuleDoc> docs(Category category) {
        return rules.stream().filter(d -> d.category() == category).toList();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Keeps text literal in Markdown: no emphasis, code or HTML from the rule's own words. */
    static String markdown(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : oneLine(text).toCharArray()) {
            switch (c) {
                case '\\', '*', '_', '`', '[', ']', '|' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
