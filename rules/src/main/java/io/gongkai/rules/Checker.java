package io.gongkai.rules;

import io.gongkai.model.Report;
import io.gongkai.rules.support.PerReport;
import io.gongkai.model.ReportKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the rule catalogue over a report and applies the user's configuration. A rule that fails on odd content
 * is reported as an INFO finding of its own rather than stopping the check. Thread-safe: rules are stateless.
 */
public final class Checker {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.tables().isEmpty() ? Integer.MAX_VALUE : f.tables().get(0))
            .thenComparing(Finding::rule);

    /** A rule to run, with its documentation and configured severity read once (annotations are slow to read). */
    private record Entry(Rule rule, RuleDoc doc, Set<ReportKind> kinds, Severity override) {

        Entry(Rule rule, RuleDoc doc, Severity override) {
            // RuleDoc.kinds() copies its array on every call: the kinds are read once here.
            this(rule, doc, kindsOf(doc), override);
        }

        private static Set<ReportKind> kindsOf(RuleDoc doc) {
            Set<ReportKind> kinds = EnumSet.noneOf(ReportKind.class);
            kinds.addAll(Arrays.asList(doc.kinds()));
            return kinds;
        }

        boolean appliesTo(ReportKind kind) {
            return kinds.contains(kind);
        }
    }

    private final List<Entry> entries;

    public Checker(List<Rule> rules, CheckConfig config) {
        List<Entry> entries = new ArrayList<>();
        for (Rule rule : List.copyOf(rules)) {
            RuleDoc doc = rule.doc();
            String id = doc.id();
            if (!config.suppressed().contains(id)) {
                entries.add(new Entry(rule, doc, config.severities().get(id)));
            }
        }
        this.entries = List.copyOf(entries);
    }

    /** A checker with the whole catalogue and no configuration. */
    public static Checker standard() {
        return new Checker(RuleRegistry.all(), CheckConfig.DEFAULT);
    }

    public CheckResult check(Report report) {
        try {
            return checkAll(report);
        } finally {
            PerReport.forgetThisThread(); // no thread keeps a checked report's views once its check is done
        }
    }

    private CheckResult checkAll(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.appliesTo(report.kind())) {
                continue;
            }
            FindingSink sink = new FindingSink(entry.doc());
            try {
                entry.rule().check(report, sink);
            } catch (RuntimeException bug) {
                sink.add("规则执行出错，结果可能不完整 / the rule failed on this report: " + bug)
                        .severity(Severity.INFO);
            }
            Severity override = entry.override();
            for (Finding f : sink.findings()) {
                findings.add(override == null ? f : f.withSeverity(override));
            }
        }
        findings.sort(ORDER);
        return new CheckResult(report, findings);
    }
}
