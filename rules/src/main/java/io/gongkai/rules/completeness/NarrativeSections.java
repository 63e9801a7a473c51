package io.gongkai.rules.completeness;

import io.gongkai.catalog.text.CharacterNormalizer;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Report;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds sections of the 情况说明 by the words of their titles, since templates number and word them differently
 * (七、“三公”经费增减变动原因说明 / 七、“三公”经费预算情况). Shared by the completeness and assets rules.
 */
public final class NarrativeSections {

    private NarrativeSections() {
    }

    /** Text reduced for word search: look-alikes mapped, NFKC, whitespace and quotes removed. */
    public static String normalise(String text) {
        return text == null ? "" : NORMALISED.apply(text);
    }

    private static final io.gongkai.rules.support.NameCache NORMALISED =
            new io.gongkai.rules.support.NameCache(NarrativeSections::normaliseNow);

    private static String normaliseNow(String text) {
        String plain = normalisePlain(text);
        return plain != null ? plain : normaliseGenerally(text);
    }

    /** The general formulation: look-alikes mapped, then NFKC, then whitespace and quotes removed. */
    static String normaliseGenerally(String text) {
        String s = Normalizer.normalize(CharacterNormalizer.normalize(text), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && QUOTES.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final String QUOTES = "“”‘’\"'「」";

    /**
     * The same as {@link #normaliseGenerally} in one pass, for a text made only of characters whose normal form
     * is known here (CJK ideographs, ASCII, full-width ASCII, the common Chinese punctuation, whitespace); null
     * for a text with any other character. These characters are left alone by {@link CharacterNormalizer} except
     * the full-width ones, which it and NFKC both map to ASCII; none of them combines with a neighbour under NFKC.
     * Narrative texts are almost all of this kind, and NFKC with a builder appended to char by char cost more
     * than the rules' own word searches.
     */
    static String normalisePlain(String text) {
        int n = text.length();
        char[] out = new char[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') {
                out[k++] = c;
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c < 0x80) {
                if (c > ' ' && c < 0x7F) {
                    if (c != '"' && c != '\'') {
                        out[k++] = c;
                    }
                } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return null;
                }
                continue;
            }
            switch (c) {
                case '、', '。', '《', '》', '【', '】', '〈', '〉', '〔', '〕', '≥', '≤', '─' -> out[k++] = c;
                case '“', '”', '‘', '’', '「', '」', '\u3000' -> {
                    // quotes and the ideographic space are removed
                }
                default -> {
                    if (c >= '①' && c <= '⑨') {
                        out[k++] = (char) ('1' + (c - '①'));
                    } else {
                        return null;
                    }
                }
            }
        }
        return new String(out, 0, k);
    }

    /** The first section whose normalised title passes the test. */
    public static Optional<NarrativeSection> byTitle(Report report, Predicate<String> title) {
        List<NarrativeSection> sections = report.narrative().sections();
        List<String> titles = TITLES.of(report);
        for (int i = 0; i < sections.size(); i++) {
            if (title.test(titles.get(i))) {
                return Optional.of(sections.get(i));
            }
        }
        return Optional.empty();
    }

    /** The sections' normalised titles, in order, once per report: many rules look for their section. */
    private static final io.gongkai.rules.support.PerReport<List<String>> TITLES =
            new io.gongkai.rules.support.PerReport<>(report -> {
                List<String> titles = new ArrayList<>();
                for (NarrativeSection section : report.narrative().sections()) {
                    titles.add(normalise(section.title()));
                }
                return List.copyOf(titles);
            });

    /**
     * A section's text, normalised once per report, without the text memo of {@link #normalise}: looking a whole
     * section text up (hashing and comparing it) costs as much as normalising it in one pass, and section texts
     * differ from report to report, so they only filled the memo.
     */
    public static String normalisedText(Report report, NarrativeSection section) {
        return SECTION_TEXTS.of(report).computeIfAbsent(section, s -> s.text() == null ? "" : normaliseNow(s.text()));
    }

    private static final io.gongkai.rules.support.PerReport<Map<NarrativeSection, String>> SECTION_TEXTS =
            new io.gongkai.rules.support.PerReport<>(report -> Collections.synchronizedMap(new IdentityHashMap<>()));

    /** The first section whose title contains the word. */
    public static Optional<NarrativeSection> titled(Report report, String word) {
        return byTitle(report, t -> t.contains(word));
    }

    /** The 三公 section (七). */
    public static Optional<NarrativeSection> threePublic(Report report) {
        return titled(report, "三公");
    }

    /** The 国有资产 section (十一). */
    public static Optional<NarrativeSection> assets(Report report) {
        return byTitle(report, t -> t.contains("资产"));
    }

    /** The 一般公共预算支出 section (五), not the 基本支出 one (六). */
    public static Optional<NarrativeSection> gpbExpenditure(Report report) {
        return byTitle(report, t -> t.contains("一般公共预算") && !t.contains("基本"));
    }

    /** The 绩效 section (十). */
    public static Optional<NarrativeSection> performance(Report report) {
        return titled(report, "绩效");
    }

    /** The narrative's facts that have a section and a value (a reader may leave odd ones incomplete). */
    public static List<NarrativeFact> facts(Report report) {
        return FACTS.of(report);
    }

    private static final io.gongkai.rules.support.PerReport<List<NarrativeFact>> FACTS =
            new io.gongkai.rules.support.PerReport<>(report -> report.narrative().facts().stream()
                    .filter(f -> f.section() != null && f.value() != null).toList());

    /** The facts of a section and its sub-sections ({@code 五} also gives {@code 五(二)}). */
    public static List<NarrativeFact> factsIn(Report report, String section) {
        List<NarrativeFact> facts = new ArrayList<>();
        for (NarrativeFact f : facts(report)) {
            if (inSection(f.section(), section)) {
                facts.add(f);
            }
        }
        return facts;
    }

    /** Whether a fact's section is the section or one of its sub-sections: equal, or the section then 「(」. */
    private static boolean inSection(String factSection, String section) {
        int n = section.length();
        return factSection.equals(section)
                || factSection.length() > n && factSection.charAt(n) == '(' && factSection.startsWith(section);
    }

    /** The whole narrative text, normalised, for statements that may stand in any section. */
    public static String allText(Report report) {
        return ALL_TEXT.of(report);
    }

    private static final io.gongkai.rules.support.PerReport<String> ALL_TEXT =
            new io.gongkai.rules.support.PerReport<>(report -> {
                StringBuilder sb = new StringBuilder();
                report.narrative().sections().forEach(s -> sb.append(normalisedText(report, s)).append('\n'));
                return sb.toString();
            });
}
