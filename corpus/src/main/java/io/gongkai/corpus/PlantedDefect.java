package io.gongkai.corpus;

import java.util.List;

/**
 * The truth about one planted defect: what kind, where, what was published before and after, and which rules
 * fire on the planted report itself (checked in the model, before rendering and reading).
 *
 * @param type the kind of defect
 * @param table the canonical number of the table that holds it, or null for a narrative or goal-table defect
 * @param row the row as named in findings (code and name), or null
 * @param column the canonical column, or null
 * @param section the narrative section (五(二)) or the goal table (绩效目标表「项目」), or null for a table defect
 * @param original the value as authored (an amount, a name, or the missing table's title)
 * @param planted the value published instead (null for a missing table)
 * @param expectedRules the ids of the rules whose ERROR or WARNING findings the planted report adds to the clean
 *     one, sorted; empty when no rule sees the defect even in the model
 */
public record PlantedDefect(DefectType type, Integer table, String row, String column, String section,
                            String original, String planted, List<String> expectedRules) {

    public PlantedDefect {
        expectedRules = List.copyOf(expectedRules);
    }

    /** The same defect with the rules expected to fire. */
    public PlantedDefect withExpectedRules(List<String> value) {
        return new PlantedDefect(type, table, row, column, section, original, planted, value);
    }
}
