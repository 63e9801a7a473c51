package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualitativeTargetsRuleTest {

    private final QualitativeTargetsRule rule = new QualitativeTargetsRule();

    @Test
    void firesOncePerGoalTableOnSeed000AsRemarksOnly() {
        List<Finding> findings = RuleHarness.run(rule, TestReports.seed000());
        assertThat(findings).hasSize(3);
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
        Finding first = findings.get(0);
        assertThat(first.rule()).isEqualTo("PERF-005");
        assertThat(first.message()).contains("商务执法办公经费", "2项", "商贸市场秩序稳定性：稳定", "市场检查及时性：及时");
        assertThat(first.evidence()).hasSize(2);
    }

    @Test
    void firesNeverAboveInfoOnSeed004() {
        assertThat(RuleHarness.run(rule, TestReports.seed004())).hasSize(8)
                .allMatch(f -> f.severity() == Severity.INFO);
    }

    @Test
    void staysSilentOnQualitativeBenefitIndicatorsOfTheFixtures() {
        // fixture A's 种粮主体积极性 持续提高 and fixture B's 馆藏文献体系完善程度 持续完善 are 效益指标
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
