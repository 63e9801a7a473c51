package io.gongkai.rules.classification;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 科目编码 classification codes, in catalogue order. */
public final class ClassificationRules {

    private static final List<Rule> ALL = List.of(
                new FunctionCodeInCatalogueRule(),
                new FunctionCodeFormatRule(),
                new FunctionCodeNameRule(),
                new FunctionParentRowRule(),
                new FunctionRowOrderRule(),
                new FunctionCodeUniqueRule(),
                new SummaryClassNameRule(),
                new EconomicNameRule(),
                new EconomicCodeNameRule(),
                new EconomicPairRule(),
                new EconomicPairUnitKindRule(),
                new EconomicItemGroupRule());

    private ClassificationRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return ALL;
    }
}
