package io.gongkai.rules.completeness;

import io.gongkai.model.GlossaryEntry;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Overview;
import io.gongkai.model.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Copies of a report with its narrative, overview or glossary changed, for the rule tests of this area. */
final class NarrativeEdits {

    private NarrativeEdits() {
    }

    /** The report with the text of the first section whose title contains the word replaced. */
    static Report sectionText(Report report, String titleWord, UnaryOperator<String> edit) {
        List<NarrativeSection> sections = new ArrayList<>();
        boolean done = false;
        for (NarrativeSection s : report.narrative().sections()) {
            if (!done && s.title().contains(titleWord)) {
                sections.add(new NarrativeSection(s.number(), s.title(), edit.apply(s.text()), s.source()));
                done = true;
            } else {
                sections.add(s);
            }
        }
        if (!done) {
            throw new IllegalArgumentException("no section titled " + titleWord);
        }
        return report.withNarrative(new Narrative(sections, report.narrative().facts()));
    }

    /** The report without the sections whose title contains the word (and without their facts). */
    static Report withoutSection(Report report, String titleWord) {
        List<String> numbers = new ArrayList<>();
        List<NarrativeSection> sections = new ArrayList<>();
        for (NarrativeSection s : report.narrative().sections()) {
            if (s.title().contains(titleWord)) {
                numbers.add(s.number());
            } else {
                sections.add(s);
            }
        }
        List<NarrativeFact> facts = report.narrative().facts().stream()
                .filter(f -> numbers.stream().noneMatch(n -> f.section().equals(n) || f.section().startsWith(n + "(")))
                .toList();
        return report.withNarrative(new Narrative(sections, facts));
    }

    /** The report with the value of the first fact matching changed. */
    static Report fact(Report report, Predicate<NarrativeFact> which, String value) {
        List<NarrativeFact> facts = new ArrayList<>(report.narrative().facts());
        for (int i = 0; i < facts.size(); i++) {
            if (which.test(facts.get(i))) {
                facts.set(i, facts.get(i).withValue(new BigDecimal(value)));
                return report.withNarrative(new Narrative(report.narrative().sections(), facts));
            }
        }
        throw new IllegalArgumentException("no such fact");
    }

    /** The report without the facts matching. */
    static Report withoutFacts(Report report, Predicate<NarrativeFact> which) {
        List<NarrativeFact> facts = report.narrative().facts().stream().filter(which.negate()).toList();
        return report.withNarrative(new Narrative(report.narrative().sections(), facts));
    }

    /** A fact by its subject's words and its value. */
    static Predicate<NarrativeFact> subject(String word, String value) {
        return f -> f.subject().contains(word) && f.value().compareTo(new BigDecimal(value)) == 0;
    }

    static Report withOverview(Report r, Overview overview) {
        return new Report(r.kind(), r.year(), r.unit(), overview, r.tables(), r.narrative(), r.projects(),
                r.performanceGoals(), r.selfEvaluations(), r.assets(), r.procurement(), r.glossary(), r.issues(),
                r.source());
    }

    static Report withGlossary(Report r, List<GlossaryEntry> glossary) {
        return new Report(r.kind(), r.year(), r.unit(), r.overview(), r.tables(), r.narrative(), r.projects(),
                r.performanceGoals(), r.selfEvaluations(), r.assets(), r.procurement(), glossary, r.issues(),
                r.source());
    }
}
