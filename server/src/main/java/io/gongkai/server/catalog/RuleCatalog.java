package io.gongkai.server.catalog;

import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The documentation of every rule, read once, by id. */
public final class RuleCatalog {

    private final List<Rule> rules;
    private final Map<String, RuleDoc> docs = new LinkedHashMap<>();

    public RuleCatalog(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        rules.stream().map(Rule::doc).sorted(Comparator.comparing(RuleDoc::id))
                .forEach(doc -> docs.put(doc.id(), doc));
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<RuleDoc> docs() {
        return List.copyOf(docs.values());
    }

    public Optional<RuleDoc> doc(String id) {
        return Optional.ofNullable(docs.get(id));
    }
}
