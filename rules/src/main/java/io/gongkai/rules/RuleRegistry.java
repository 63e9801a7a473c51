package io.gongkai.rules;

import io.gongkai.rules.arithmetic.ArithmeticRules;
import io.gongkai.rules.assets.AssetsRules;
import io.gongkai.rules.classification.ClassificationRules;
import io.gongkai.rules.completeness.CompletenessRules;
import io.gongkai.rules.crosstable.CrossTableRules;
import io.gongkai.rules.narrative.NarrativeRules;
import io.gongkai.rules.performance.PerformanceRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The registered rule catalogue: every rule of every category, in catalogue order. */
public final class RuleRegistry {

    private static final List<Rule> ALL = build();

    private RuleRegistry() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.doc().id().equals(id)).findFirst();
    }

    private static List<Rule> build() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(ArithmeticRules.all());
        rules.addAll(CrossTableRules.all());
        rules.addAll(NarrativeRules.all());
        rules.addAll(CompletenessRules.all());
        rules.addAll(PerformanceRules.all());
        rules.addAll(ClassificationRules.all());
        rules.addAll(AssetsRules.all());
        rules.addAll(io.gongkai.rules.finalaccounts.FinalAccountsRules.all());
        return Collections.unmodifiableList(rules);
    }
}
