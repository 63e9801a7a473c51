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
    private static final List<io.gongkai.rules.linkage.PairRule> PAIR_RULES =
            io.gongkai.rules.linkage.LinkageRules.all();

    private RuleRegistry() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The linkage rules, which run over a budget and final accounts together (`check --link`). */
    public static List<io.gongkai.rules.linkage.PairRule> pairRules() {
        return PAIR_RULES;
    }

    /** The documentation of every rule, single-report rules first, then the linkage rules. */
    public static List<RuleDoc> docs() {
        List<RuleDoc> docs = new ArrayList<>();
        ALL.forEach(r -> docs.add(r.doc()));
        PAIR_RULES.forEach(r -> docs.add(r.doc()));
        return Collections.unmodifiableList(docs);
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
