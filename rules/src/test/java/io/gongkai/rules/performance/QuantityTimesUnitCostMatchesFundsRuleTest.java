package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityTimesUnitCostMatchesFundsRuleTest {

    private final QuantityTimesUnitCostMatchesFundsRule rule = new QuantityTimesUnitCostMatchesFundsRule();

    @Test
    void firesWhenTheUnitCostOfSeed004RepresentativesIsRaised() {
        // 195人 × 2500元/人 = 487,500元 > 年度资金 468,000元, in both halves
        Report report = GoalEdits.goal(TestReports.seed004(), "人大代表通讯补助",
                g -> GoalEdits.withValue(g, "补助标准", "2500元/人"));
        List<Finding> findings = RuleHarness.run(rule, report);
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.rule()).isEqualTo("PERF-009");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("195人", "2500元/人", "487500", "468000");
        assertThat(f.expected()).isEqualTo("468000");
        assertThat(f.actual()).isEqualTo("487500");
        assertThat(f.evidence()).hasSize(3);
    }

    @Test
    void firesWhenEveryCountOfSeed001VillageCadresExceedsTheFunds() {
        // 8人 × 2.8万元/人 = 224,000元 > 196,000元, and so do 9人 and 8 + 9人
        Report report = GoalEdits.goal(TestReports.seed001(), "驻村干部补助",
                g -> GoalEdits.withValue(GoalEdits.withValue(g, "驻村帮扶人数", "8人"), "下基层锻炼选调生人数", "9人"));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("（8人）", "2.8万元/人", "224000元", "196000");
            assertThat(f.actual()).isEqualTo("224000");
        });
    }

    @Test
    void firesOnlyARemarkWhenOneCountFitsAndTheirSumExceeds() {
        // 3人 × 2.8万元 = 84,000 ≤ 150,000 < (3 + 4)人 × 2.8万元 = 196,000
        Report report = GoalEdits.goal(TestReports.seed001(), "驻村干部补助", g -> GoalEdits.withFunds(g,
                GoalEdits.funds("150000", "0", "0", "150000", "0", null),
                GoalEdits.funds("150000", "0", "0", "150000", "0", null)));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("112000元", "少于");
        });
    }

    @Test
    void firesOnlyARemarkWhenTheProductCoversPartOfTheFunds() {
        Report report = GoalEdits.goal(TestReports.seed004(), "人大代表通讯补助",
                g -> GoalEdits.withValue(g, "补助标准", "2000元/人"));
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void staysSilentOnSeed001WhereThePartsAgree() {
        // 2.8万元/人 × (3 + 4)人 = 19.60万元 for 驻村干部补助; 6名 × <10017元 for 遗属补助
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
    }

    @Test
    void staysSilentOnSeed004AndPerDayCostsAndBounds() {
        // 195人 × 2400元/人 = 468,000元; 200元/人/天 needs a number of days that no indicator gives
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
