package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Odd content never makes a rule fail, and a table that a layout does not publish never makes a rule complain:
 * other provinces' sets lack tables that the Shanxi set has.
 */
class CrossTableRobustnessTest {

    private static final Checker CHECKER = new Checker(CrossTableRules.all(), CheckConfig.DEFAULT);

    private static final List<UnaryOperator<TableRow>> MANGLES = List.of(
            r -> new TableRow(r.side(), null, r.name(), r.altName(), r.level(), null, r.amounts(), r.source()),
            r -> new TableRow(r.side(), r.code(), "", null, r.level(), r.key(), Map.of(), r.source()),
            r -> new TableRow(r.side(), r.code() == null ? null : r.code() + "9", "？？", null, 9, r.key(),
                    Map.of("total", new BigDecimal("-1.5"), "nonsense", BigDecimal.ONE), r.source()));

    @Test
    void rulesNeverFailOnMangledTables() {
        for (Report report : RuleRun.allDocuments()) {
            for (DisclosureTable table : report.tables()) {
                for (UnaryOperator<TableRow> mangle : MANGLES) {
                    Report mangled = report.withTable(table.withRows(table.rows().stream().map(mangle).toList()));
                    assertNoFailure(mangled);
                }
                assertNoFailure(report.withTable(table.withRows(List.of())));
                List<TableRow> doubled = new ArrayList<>(table.rows());
                doubled.addAll(table.rows());
                assertNoFailure(report.withTable(table.withRows(doubled)));
            }
            assertNoFailure(report.withTables(List.of()));
        }
    }

    @Test
    void aMissingTableNeverRaisesAProblem() {
        for (Report report : RuleRun.allDocuments()) {
            List<Finding> before = problems(report);
            for (DisclosureTable table : report.tables()) {
                List<Finding> after = problems(ReportEdits.withoutTable(report, table.type()));
                assertThat(after).as("%s without table %d", report.unit().name(), table.number())
                        .allSatisfy(f -> assertThat(before.stream().map(Finding::message)).contains(f.message()));
            }
        }
    }

    private static List<Finding> problems(Report report) {
        return CHECKER.check(report).findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    private static void assertNoFailure(Report report) {
        assertThat(CHECKER.check(report).findings()).noneMatch(f -> f.message().startsWith("规则执行出错"));
    }
}
