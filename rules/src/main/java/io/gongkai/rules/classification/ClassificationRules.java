package io.gongkai.rules.classification;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 科目编码 classification codes, in catalogue order. */
public final class ClassificationRules {

    private ClassificationRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return List.of();
    }
}
