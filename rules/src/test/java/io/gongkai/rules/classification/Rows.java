package io.gongkai.rules.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Row edits and a rule runner for the classification rule tests. */
final class Rows {

    private Rows() {
    }

    static List<Finding> findings(Rule rule, Report report) {
        FindingSink sink = new FindingSink(rule.doc());
        rule.check(report, sink);
        return sink.findings();
    }

    /** Asserts that the rule finds nothing on seeds 000, 001, 004 and fixtures A and B. */
    static void assertSilentOnSeedsAndFixtures(Rule rule) {
        for (Report report : List.of(TestReports.seed000(), TestReports.seed001(), TestReports.seed004(),
                TestReports.fixtureA(), TestReports.fixtureB())) {
            assertThat(findings(rule, report)).as(report.unit().name()).isEmpty();
        }
    }

    /** Changes the first row that matches. */
    static Report edit(Report report, TableType type, Predicate<TableRow> which, UnaryOperator<TableRow> change) {
        return ReportEdits.rows(report, type, rows -> {
            List<TableRow> copy = new ArrayList<>(rows);
            for (int i = 0; i < copy.size(); i++) {
                if (which.test(copy.get(i))) {
                    copy.set(i, change.apply(copy.get(i)));
                    return copy;
                }
            }
            throw new IllegalArgumentException("no such row in " + type);
        });
    }

    /** Moves the first matching row to just after the first row that matches {@code after}. */
    static Report move(Report report, TableType type, Predicate<TableRow> which, Predicate<TableRow> after) {
        return ReportEdits.rows(report, type, rows -> {
            List<TableRow> copy = new ArrayList<>(rows);
            TableRow moved = copy.stream().filter(which).findFirst().orElseThrow();
            copy.remove(moved);
            int at = copy.indexOf(copy.stream().filter(after).findFirst().orElseThrow());
            copy.add(at + 1, moved);
            return copy;
        });
    }

    static TableRow code(TableRow row, String code) {
        return new TableRow(row.side(), code, row.name(), row.altName(), row.level(), row.key(), row.amounts(),
                row.source());
    }

    static TableRow altName(TableRow row, String altName) {
        return new TableRow(row.side(), row.code(), row.name(), altName, row.level(), row.key(), row.amounts(),
                row.source());
    }
}
