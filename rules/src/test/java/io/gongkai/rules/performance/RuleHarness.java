package io.gongkai.rules.performance;

import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import java.util.List;

/** Runs one rule over a report, as the Checker does, for the rule tests of this area. */
public final class RuleHarness {

    private RuleHarness() {
    }

    /** All findings of the rule on the report. */
    public static List<Finding> run(Rule rule, Report report) {
        FindingSink sink = new FindingSink(rule.doc());
        rule.check(report, sink);
        return sink.findings();
    }

    /** The findings at WARNING or ERROR (what must never appear on a defect-free document). */
    public static List<Finding> serious(Rule rule, Report report) {
        return run(rule, report).stream().filter(f -> f.severity() != Severity.INFO).toList();
    }
}
