package io.gongkai.rules.linkage;

import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Finding;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.RuleRegistry;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the linkage rules over a pair and applies the user's configuration (suppressed ids, severities), as
 * {@link io.gongkai.rules.Checker} does for one report. Thread-safe: rules are stateless.
 */
public final class PairChecker {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule);

    private record Entry(PairRule rule, RuleDoc doc, Severity override) {
    }

    private final List<Entry> entries;

    public PairChecker(List<PairRule> rules, CheckConfig config) {
        List<Entry> list = new ArrayList<>();
        for (PairRule rule : List.copyOf(rules)) {
            RuleDoc doc = rule.doc();
            if (!config.suppressed().contains(doc.id())) {
                list.add(new Entry(rule, doc, config.severities().get(doc.id())));
            }
        }
        this.entries = List.copyOf(list);
    }

    /** A checker with every registered linkage rule and no configuration. */
    public static PairChecker standard() {
        return new PairChecker(RuleRegistry.pairRules(), CheckConfig.DEFAULT);
    }

    /** The linkage findings of the pair, ordered by severity and rule. */
    public List<Finding> check(ReportPair pair) {
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : entries) {
            FindingSink sink = new FindingSink(entry.doc());
            try {
                entry.rule().check(pair, sink);
            } catch (RuntimeException bug) {
                sink.add("规则执行出错，结果可能不完整 / the rule failed on this pair: " + bug)
                        .severity(Severity.INFO);
            }
            for (Finding f : sink.findings()) {
                findings.add(entry.override() == null ? f : f.withSeverity(entry.override()));
            }
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }
}
