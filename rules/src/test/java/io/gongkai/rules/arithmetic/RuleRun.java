package io.gongkai.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Finding;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;

/** Runs one rule on a report and picks findings out, for the rule tests of this package. */
final class RuleRun {

    private RuleRun() {
    }

    static List<Finding> findings(Rule rule, Report report) {
        FindingSink sink = new FindingSink(rule.doc());
        rule.check(report, sink);
        return sink.findings();
    }

    /** The finding at a table cell; fails when there is none. */
    static Finding at(Rule rule, Report report, int table, String row, String column) {
        List<Finding> all = findings(rule, report);
        return all.stream().filter(f -> f.location().table() != null && f.location().table() == table
                        && row.equals(f.location().row()) && column.equals(f.location().column()))
                .findFirst().orElseThrow(() -> new AssertionError("no finding at 表" + table + "「" + row + "」"
                        + column + " among " + all));
    }

    /** Asserts a contradiction with its values, its rule id and evidence for the total. */
    static void assertError(Finding f, String rule, String expected, String actual) {
        assertThat(f.rule()).isEqualTo(rule);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.expected()).isEqualTo(expected);
        assertThat(f.actual()).isEqualTo(actual);
        assertThat(f.difference()).isEqualByComparingTo(
                new java.math.BigDecimal(actual).subtract(new java.math.BigDecimal(expected)));
        assertThat(f.tables()).contains(f.location().table());
        assertThat(f.evidence()).isNotEmpty();
        assertThat(f.evidence().get(0).value()).isEqualTo(actual);
        assertThat(f.message()).contains(f.location().describe());
    }

    /** Asserts that the rule finds nothing on fixtures A and B, whose tables add up. */
    static void assertSilentOnFixtures(Rule rule) {
        assertThat(findings(rule, TestReports.fixtureA())).isEmpty();
        assertThat(findings(rule, TestReports.fixtureB())).isEmpty();
    }

    /** Nothing but rounding remarks on the three seeds. */
    static void assertAtMostInfoOnSeeds(Rule rule) {
        for (Report seed : List.of(TestReports.seed000(), TestReports.seed001(), TestReports.seed004())) {
            assertThat(findings(rule, seed)).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message()).contains("尾数误差");
            });
        }
    }

    /** A copy of a row with another code. */
    static TableRow withCode(TableRow row, String code) {
        return new TableRow(row.side(), code, row.name(), row.altName(), row.level(), row.key(), row.amounts(),
                row.source());
    }
}
