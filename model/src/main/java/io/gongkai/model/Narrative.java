package io.gongkai.model;

import java.util.List;

/**
 * 第三部分 情况说明: the sections as text and every number in them as a structured fact.
 *
 * @param sections the numbered sections in printed order
 * @param facts every number stated, with what it is about
 * @param finalAccounts what final accounts' text states in structured form ({@link FinalAccountsStatements#NONE}
 *                      for budgets)
 */
public record Narrative(List<NarrativeSection> sections, List<NarrativeFact> facts,
                        FinalAccountsStatements finalAccounts) {

    public static final Narrative EMPTY = new Narrative(List.of(), List.of());

    public Narrative {
        sections = List.copyOf(sections);
        facts = List.copyOf(facts);
        finalAccounts = finalAccounts == null ? FinalAccountsStatements.NONE : finalAccounts;
    }

    /** A narrative of a budget (no final-accounts statements). */
    public Narrative(List<NarrativeSection> sections, List<NarrativeFact> facts) {
        this(sections, facts, FinalAccountsStatements.NONE);
    }

    public Narrative withFinalAccounts(FinalAccountsStatements value) {
        return new Narrative(sections, facts, value);
    }

    /** Facts in a section; {@code "五"} also matches its sub-sections {@code 五(一)}, {@code 五(二)}. */
    public List<NarrativeFact> factsIn(String section) {
        return facts.stream()
                .filter(f -> f.section().equals(section) || f.section().startsWith(section + "("))
                .toList();
    }
}
