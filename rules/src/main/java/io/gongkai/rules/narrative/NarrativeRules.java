package io.gongkai.rules.narrative;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 情况说明与表格 narrative against tables, in catalogue order. */
public final class NarrativeRules {

    private NarrativeRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return List.of();
    }
}
