package io.gongkai.rules.crosstable;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 表间关系 identities across tables, in catalogue order. */
public final class CrossTableRules {

    private CrossTableRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return List.of();
    }
}
