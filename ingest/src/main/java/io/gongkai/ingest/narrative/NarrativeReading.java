package io.gongkai.ingest.narrative;

import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import java.util.List;
import java.util.Optional;

/**
 * What {@link NarrativeParser} read: the narrative of the model, plus its passages (sections and sub-sections
 * with their titles) for readers that look for a topic wherever a template puts it, such as {@link AssetsParser}
 * (十一 in a budget, 十(三) in final accounts).
 *
 * @param narrative the sections and facts
 * @param passages sections and sub-sections in document order, each section before its sub-sections
 */
public record NarrativeReading(Narrative narrative, List<Passage> passages) {

    public static final NarrativeReading EMPTY = new NarrativeReading(Narrative.EMPTY, List.of());

    public NarrativeReading {
        passages = List.copyOf(passages);
    }

    /** The first passage whose title contains one of the keywords, tried in the order given. */
    public Optional<Passage> titled(String... keywords) {
        for (String keyword : keywords) {
            for (Passage passage : passages) {
                if (passage.title().contains(keyword)) {
                    return Optional.of(passage);
                }
            }
        }
        return Optional.empty();
    }

    /** The facts of a passage, sub-sections included. */
    public List<NarrativeFact> factsOf(Passage passage) {
        return narrative.factsIn(passage.label());
    }
}
