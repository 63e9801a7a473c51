package io.gongkai.rules.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Checker;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus ratchet for the classification rules: every code, name and economic pair printed in the seeds and
 * fixtures is correct (seeds 001 and 004 mix 机关 and 事业单位 pairs because they consolidate 事业 staff), so the
 * rules must find nothing there.
 */
class ClassificationCorpusTest {

    private static final Checker CHECKER = new Checker(ClassificationRules.all(), CheckConfig.DEFAULT);

    @Test
    void findsNothingInTheSeedsAndFixtures() {
        for (String document : List.of(TestReports.SEED_000, TestReports.SEED_001, TestReports.SEED_004,
                TestReports.FIXTURE_A, TestReports.FIXTURE_B)) {
            assertThat(CHECKER.check(TestReports.load(document)).findings()).as(document).isEmpty();
        }
    }
}
