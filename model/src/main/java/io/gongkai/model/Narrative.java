package io.gongkai.model;

import java.util.List;

/** 第三部分 情况说明: the sections as text and every number in them as a structured fact. */
public record Narrative(List<NarrativeSection> sections, List<NarrativeFact> facts) {

    public static final Narrative EMPTY = new Narrative(List.of(), List.of());

    public Narrative {
        sections = List.copyOf(sections);
        facts = List.copyOf(facts);
    }

    /** Facts in a section; {@code "五"} also matches its sub-sections {@code 五(一)}, {@code 五(二)}. */
    public List<NarrativeFact> factsIn(String section) {
        return facts.stream()
                .filter(f -> f.section().equals(section) || f.section().startsWith(section + "("))
                .toList();
    }
}
