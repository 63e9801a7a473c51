package io.gongkai.rules.completeness;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 完整性 completeness, in catalogue order. */
public final class CompletenessRules {

    private CompletenessRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return List.of();
    }
}
