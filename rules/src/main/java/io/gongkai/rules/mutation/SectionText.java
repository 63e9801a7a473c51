package io.gongkai.rules.mutation;

import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a changed fact's number in the text of its section, so that a mutant's text says what its facts say.
 * The fact's printing is found as the k-th occurrence of its value (plain or with thousands separators) followed
 * by its unit, k being the number of earlier facts of the section with the same printed magnitude and unit. When
 * the printing cannot be found the text is left as it was (the facts still carry the change).
 */
final class SectionText {

    private SectionText() {
    }

    static List<NarrativeSection> rewrite(Narrative narrative, int factIndex, BigDecimal mutated) {
        List<NarrativeFact> facts = narrative.facts();
        NarrativeFact fact = facts.get(factIndex);
        String top = topSection(fact.section());
        List<NarrativeSection> sections = new ArrayList<>(narrative.sections());
        for (int s = 0; s < sections.size(); s++) {
            NarrativeSection section = sections.get(s);
            if (section.number().equals(top)) {
                String text = replace(section.text(), fact, occurrence(facts, factIndex), mutated.abs());
                if (text != null) {
                    sections.set(s, new NarrativeSection(section.number(), section.title(), text,
                            section.source()));
                }
                return sections;
            }
        }
        return sections;
    }

    /** How many earlier facts of the same section print the same magnitude with the same unit. */
    private static int occurrence(List<NarrativeFact> facts, int index) {
        NarrativeFact fact = facts.get(index);
        String top = topSection(fact.section());
        int k = 0;
        for (int j = 0; j < index; j++) {
            NarrativeFact other = facts.get(j);
            if (topSection(other.section()).equals(top) && other.unit().equals(fact.unit())
                    && other.value().abs().compareTo(fact.value().abs()) == 0) {
                k++;
            }
        }
        return k;
    }

    private static String replace(String text, NarrativeFact fact, int occurrence, BigDecimal mutated) {
        String plain = fact.value().abs().toPlainString();
        String grouped = grouped(plain);
        Pattern printing = Pattern.compile("(?<![0-9.,])(" + Pattern.quote(grouped) + "|" + Pattern.quote(plain)
                + ")(?![0-9])(?=\\s*" + Pattern.quote(fact.unit()) + ")");
        Matcher m = printing.matcher(text);
        int seen = 0;
        while (m.find()) {
            if (seen++ == occurrence) {
                String printed = mutated.toPlainString();
                String replacement = m.group(1).indexOf(',') >= 0 ? grouped(printed) : printed;
                return text.substring(0, m.start(1)) + replacement + text.substring(m.end(1));
            }
        }
        return null;
    }

    /** 1554.77 → 1,554.77. */
    static String grouped(String plain) {
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return point < 0 ? sb.toString() : sb + plain.substring(point);
    }

    private static String topSection(String section) {
        int paren = section.indexOf('(');
        return paren < 0 ? section : section.substring(0, paren);
    }
}
