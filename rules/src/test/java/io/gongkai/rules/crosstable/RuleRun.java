package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;

/** Runs one rule over a report, the way the checker does, for the tests of this package. */
final class RuleRun {

    private RuleRun() {
    }

    /** Every finding of the rule on the report. */
    static List<Finding> findings(Rule rule, Report report) {
        FindingSink sink = new FindingSink(rule.doc());
        rule.check(report, sink);
        return sink.findings();
    }

    /** The findings above INFO: what a reader is told is wrong. */
    static List<Finding> problems(Rule rule, Report report) {
        return findings(rule, report).stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    /** The documents every rule must read without a problem: the two fixtures and the seeds without defects here. */
    static List<Report> cleanDocuments() {
        return List.of(TestReports.fixtureA(), TestReports.fixtureB(), TestReports.seed000(), TestReports.seed004());
    }

    /** Asserts that the rule finds nothing on any of the five test documents. */
    static void assertSilentOnEveryDocument(Rule rule) {
        for (Report report : allDocuments()) {
            assertThat(findings(rule, report)).as(report.unit().name()).isEmpty();
        }
    }

    /** Asserts no problem (above INFO) on any of the five test documents, and nothing at all on the two fixtures. */
    static void assertNoProblemOnEveryDocument(Rule rule) {
        for (Report report : allDocuments()) {
            assertThat(problems(rule, report)).as(report.unit().name()).isEmpty();
        }
        assertThat(findings(rule, TestReports.fixtureA())).isEmpty();
        assertThat(findings(rule, TestReports.fixtureB())).isEmpty();
    }

    /** All five test documents. */
    static List<Report> allDocuments() {
        return List.of(TestReports.fixtureA(), TestReports.fixtureB(), TestReports.seed000(), TestReports.seed001(),
                TestReports.seed004());
    }
}
