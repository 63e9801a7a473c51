package io.gongkai.rules;

import io.gongkai.model.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the rule catalogue over a report and applies the user's configuration. A rule that fails on odd content
 * is reported as an INFO finding of its own rather than stopping the check. Thread-safe: rules are stateless.
 */
public final class Checker {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.tables().isEmpty() ? Integer.MAX_VALUE : f.tables().get(0))
            .thenComparing(Finding::rule);

    private final List<Rule> rules;
    private final CheckConfig config;

    public Checker(List<Rule> rules, CheckConfig config) {
        this.rules = List.copyOf(rules);
        this.config = config;
    }

    /** A checker with the whole catalogue and no configuration. */
    public static Checker standard() {
        return new Checker(RuleRegistry.all(), CheckConfig.DEFAULT);
    }

    public CheckResult check(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            RuleDoc doc = rule.doc();
            if (config.suppressed().contains(doc.id())) {
                continue;
            }
            FindingSink sink = new FindingSink(doc);
            try {
                rule.check(report, sink);
            } catch (RuntimeException bug) {
                sink.add("规则执行出错，结果可能不完整 / the rule failed on this report: " + bug)
                        .severity(Severity.INFO);
            }
            Severity override = config.severities().get(doc.id());
            for (Finding f : sink.findings()) {
                findings.add(override == null ? f : f.withSeverity(override));
            }
        }
        findings.sort(ORDER);
        return new CheckResult(report, findings);
    }
}
