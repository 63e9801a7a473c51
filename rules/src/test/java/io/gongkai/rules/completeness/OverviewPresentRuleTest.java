package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Overview;
import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewPresentRuleTest {

    private final OverviewPresentRule rule = new OverviewPresentRule();

    @Test
    void firesForMissingDutiesAndOrganisation() {
        Report report = NarrativeEdits.withOverview(TestReports.seed000(), Overview.EMPTY);
        List<Finding> findings = RuleHarness.run(rule, report);
        assertThat(findings).extracting(Finding::rule).containsOnly("COMP-006");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(findings).extracting(Finding::expected).containsExactly("部门职责", "机构设置");
    }

    @Test
    void staysSilentOnSeedsAndFixtures() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
