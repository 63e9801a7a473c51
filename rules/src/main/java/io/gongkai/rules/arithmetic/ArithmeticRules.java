package io.gongkai.rules.arithmetic;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 表内算术 arithmetic inside each table, in catalogue order. */
public final class ArithmeticRules {

    private ArithmeticRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return List.of();
    }
}
