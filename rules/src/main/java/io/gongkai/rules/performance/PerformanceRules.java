package io.gongkai.rules.performance;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 绩效目标 performance goals, in catalogue order. */
public final class PerformanceRules {

    private PerformanceRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return List.of();
    }
}
