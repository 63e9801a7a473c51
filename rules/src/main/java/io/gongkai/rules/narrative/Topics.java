package io.gongkai.rules.narrative;

import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Report;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Finds the topic of a narrative fact from the title of its section. */
final class Topics {

    private Topics() {
    }

    /** The section ordinal without its sub-section: {@code 五(二)} → {@code 五}. */
    static String baseNumber(String section) {
        if (section == null) {
            return "";
        }
        int paren = section.indexOf('(');
        return paren < 0 ? section : section.substring(0, paren);
    }

    private static final io.gongkai.rules.support.PerReport<java.util.Map<String, Topic>> KNOWN =
            new io.gongkai.rules.support.PerReport<>(report -> new java.util.concurrent.ConcurrentHashMap<>());

    /** The topic of a fact's section: by the section's title, else by the standard numbering. */
    static Topic of(Report report, NarrativeFact fact) {
        return KNOWN.of(report).computeIfAbsent(baseNumber(fact.section()), number -> topicOf(report, number));
    }

    private static Topic topicOf(Report report, String number) {
        for (NarrativeSection section : report.narrative().sections()) {
            if (section.number().equals(number)) {
                Topic byTitle = Topic.ofTitle(section.title());
                return byTitle == null ? Topic.OTHER : byTitle;
            }
        }
        return Topic.ofNumber(number);
    }

    /** The facts of a topic, in document order. */
    static List<NarrativeFact> facts(Report report, Topic topic) {
        List<NarrativeFact> found = BY_TOPIC.of(report).get(topic);
        return found == null ? new ArrayList<>() : new ArrayList<>(found);
    }

    /** The facts with a value by topic, in document order: read once per report. */
    private static final io.gongkai.rules.support.PerReport<Map<Topic, List<NarrativeFact>>> BY_TOPIC =
            new io.gongkai.rules.support.PerReport<>(report -> {
                Map<Topic, List<NarrativeFact>> byTopic = new EnumMap<>(Topic.class);
                for (NarrativeFact fact : report.narrative().facts()) {
                    if (fact.value() != null) {
                        byTopic.computeIfAbsent(of(report, fact), t -> new ArrayList<>()).add(fact);
                    }
                }
                byTopic.replaceAll((t, facts) -> List.copyOf(facts));
                return byTopic;
            });
}
