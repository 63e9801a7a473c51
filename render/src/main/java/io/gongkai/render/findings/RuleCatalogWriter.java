package io.gongkai.render.findings;

import io.gongkai.rules.Category;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import java.io.IOException;
import java.util.List;

/**
 * Writes the rule catalogue from the rules' {@link RuleDoc}s, grouped by category in catalogue order: id, title,
 * default severity, rationale and basis of every rule. Markdown for docs/rules.md, text for a terminal
 * ({@code gongkai rules}). Thread-safe.
 */
public final class RuleCatalogWriter {

    private final List<Rule> rules;

    public RuleCatalogWriter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The catalogue as a Markdown document (docs/rules.md). */
    public void writeMarkdown(Appendable out) throws IOException {
        out.append("# 规则目录 / Rule catalogue\n\n");
        out.append("本文件由 `gongkai rules --format markdown` 生成，请勿手工编辑。共 ")
                .append(String.valueOf(rules.size())).append(" 条规则。\n\n");
        out.append("严重程度：**错误**（ERROR）＝公开数字与其他数字或恒等关系矛盾；**警告**（WARNING）＝可能的缺陷或")
                .append("不合规；**提示**（INFO）＝说明，包括尾数误差。\n");
        if (rules.isEmpty()) {
            out.append("\n尚无规则。\n");
            return;
        }
        out.append("\n| 类别 | 规则数 |\n|---|---:|\n");
        for (Category category : Category.values()) {
            List<RuleDoc> docs = docs(category);
            if (!docs.isEmpty()) {
                out.append("| ").append(category.label()).append("（").append(category.name()).append("） | ")
                        .append(String.valueOf(docs.size())).append(" |\n");
            }
        }
        for (Category category : Category.values()) {
            List<RuleDoc> docs = docs(category);
            if (docs.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(category.label()).append("（").append(category.name()).append("）\n");
            for (RuleDoc doc : docs) {
                out.append("\n### ").append(doc.id()).append(' ').append(markdown(doc.title())).append("\n\n");
                out.append("- 默认严重程度：").append(doc.severity().label()).append("（")
                        .append(doc.severity().name()).append("）\n");
                out.append("- 理由：").append(markdown(doc.rationale())).append('\n');
                out.append("- 依据：").append(markdown(orDash(doc.basis()))).append('\n');
            }
        }
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
        return rules.stream().map(Rule::doc).filter(d -> d.category() == category).toList();
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
