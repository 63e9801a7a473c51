package io.gongkai.rules.assets;

import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Copies of a report with one narrative section's text changed, for the asset rule tests. */
final class SectionEdits {

    private SectionEdits() {
    }

    static Report text(Report report, String titleWord, UnaryOperator<String> edit) {
        List<NarrativeSection> sections = new ArrayList<>();
        for (NarrativeSection s : report.narrative().sections()) {
            sections.add(s.title().contains(titleWord)
                    ? new NarrativeSection(s.number(), s.title(), edit.apply(s.text()), s.source()) : s);
        }
        return report.withNarrative(new Narrative(sections, report.narrative().facts()));
    }
}
