package io.gongkai.server.catalog;

import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.linkage.PairRule;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The documentation of every rule, read once, by id: the single-report rules and the linkage rules (预决算衔接,
 * which check a budget against the final accounts of the same unit and year).
 */
public final class RuleCatalog {

    private final List<Rule> rules;
    private final List<PairRule> pairRules;
    private final Map<String, RuleDoc> docs = new LinkedHashMap<>();

    public RuleCatalog(List<Rule> rules, List<PairRule> pairRules) {
        this.rules = List.copyOf(rules);
        this.pairRules = List.copyOf(pairRules);
        Stream.concat(rules.stream().map(Rule::doc), pairRules.stream().map(PairRule::doc))
                .sorted(Comparator.comparing(RuleDoc::id))
                .forEach(doc -> docs.put(doc.id(), doc));
    }

    /** The single-report rules (a stored report's findings come from these). */
    public List<Rule> rules() {
        return rules;
    }

    /** The linkage rules (a budget and its final accounts checked together). */
    public List<PairRule> pairRules() {
        return pairRules;
    }

    public List<RuleDoc> docs() {
        return List.copyOf(docs.values());
    }

    public Optional<RuleDoc> doc(String id) {
        return Optional.ofNullable(docs.get(id));
    }
}
