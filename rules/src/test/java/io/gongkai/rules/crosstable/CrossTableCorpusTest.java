package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole category over the test documents: the fixtures are clean, and the seeds show exactly the defects
 * DOMAIN.md lists that lie between tables (plus rounding remarks, never above INFO).
 */
class CrossTableCorpusTest {

    private static final Checker CHECKER = new Checker(CrossTableRules.all(), CheckConfig.DEFAULT);

    private static List<Finding> problems(Report report) {
        return CHECKER.check(report).findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    @Test
    void theCategoryHasTwentySixRulesWithDistinctIds() {
        assertThat(CrossTableRules.all()).hasSize(26);
        assertThat(CrossTableRules.all().stream().map(r -> r.doc().id()))
                .doesNotHaveDuplicates().allMatch(id -> id.startsWith("XTAB-"));
    }

    @Test
    void fixturesAreCleanToTheCent() {
        assertThat(CHECKER.check(TestReports.fixtureA()).findings()).isEmpty();
        assertThat(CHECKER.check(TestReports.fixtureB()).findings()).isEmpty();
    }

    @Test
    void seed001ShowsOnlyTheMissingReceptionRow() {
        assertThat(CHECKER.check(TestReports.seed001()).findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-017");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void seeds000And004HaveOnlyRoundingRemarks() {
        for (Report report : List.of(TestReports.seed000(), TestReports.seed004())) {
            CheckResult result = CHECKER.check(report);
            assertThat(problems(report)).as(report.unit().name()).isEmpty();
            assertThat(result.findings()).allSatisfy(f -> assertThat(f.message()).contains("尾数误差"));
        }
        assertThat(CHECKER.check(TestReports.seed000()).findings()).hasSize(2);
        assertThat(CHECKER.check(TestReports.seed004()).findings()).hasSize(5);
    }

    @Test
    void finalAccountsAreLeftToTheirOwnRules() {
        Report broken = ReportEdits.cell(TestReports.seed004(), TableType.GPB_EXPENDITURE,
                ReportEdits.row(RowKeys.TOTAL), Columns.TOTAL, "700.00");
        Report accounts = new Report(ReportKind.FINAL_ACCOUNTS, broken.year(), broken.unit(), broken.overview(),
                broken.tables(), broken.narrative(), broken.projects(), broken.performanceGoals(),
                broken.selfEvaluations(), broken.assets(), broken.procurement(), broken.glossary(), broken.issues(),
                broken.source());

        assertThat(problems(broken)).isNotEmpty();
        assertThat(CHECKER.check(accounts).findings()).isEmpty();
    }
}
