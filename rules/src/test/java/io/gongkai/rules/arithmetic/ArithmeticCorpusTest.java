package io.gongkai.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Corpus ratchet for the arithmetic rules: the findings per document, by severity. The seeds publish only
 * rounding differences (尾数误差) inside their tables, which must stay INFO; the fixtures are consistent to the
 * cent. A change in these counts is either a regression or a finding to examine and then raise the baseline for.
 */
class ArithmeticCorpusTest {

    private static final Checker CHECKER = new Checker(ArithmeticRules.all(), CheckConfig.DEFAULT);

    @Test
    void seed000HasOnlyItsRoundingDifferences() {
        assertCounts(TestReports.SEED_000, 0, 0, 18);
    }

    @Test
    void seed001HasOnlyItsRoundingDifferences() {
        assertCounts(TestReports.SEED_001, 0, 0, 18);
    }

    @Test
    void seed004HasOnlyItsRoundingDifferences() {
        assertCounts(TestReports.SEED_004, 0, 0, 20);
    }

    @Test
    void theFixturesAreConsistentToTheCent() {
        assertCounts(TestReports.FIXTURE_A, 0, 0, 0);
        assertCounts(TestReports.FIXTURE_B, 0, 0, 0);
    }

    private static void assertCounts(String document, int errors, int warnings, int infos) {
        CheckResult result = CHECKER.check(TestReports.load(document));
        assertThat(result.counts()).as("%s: %s", document, result.findings())
                .isEqualTo(Map.of(Severity.ERROR, errors, Severity.WARNING, warnings, Severity.INFO, infos));
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.message()).contains("尾数误差"));
    }
}
