package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FunctionClassesDescribedRuleTest {

    private final FunctionClassesDescribedRule rule = new FunctionClassesDescribedRule();

    @Test
    void firesWhenAClassWithMoneyIsLeftOut() {
        // seed 003's defect, made on fixture A: the structure omits 卫生健康支出 (24.75)
        Report text = NarrativeEdits.sectionText(TestReports.fixtureA(), "一般公共预算拨款支出",
                t -> t.replace("卫生健康支出24.75万元，占2.77%；", "").replace("卫生健康支出中，行政单位医疗24.75万元；", ""));
        Report report = NarrativeEdits.withoutFacts(text, f -> f.section().startsWith("五")
                && f.value().compareTo(new java.math.BigDecimal("24.75")) == 0);
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-015");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("210 卫生健康支出", "24.75万元");
            assertThat(f.tables()).containsExactly(5);
            assertThat(f.evidence()).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("24.75"));
        });
    }

    @Test
    void firesOnlyARemarkOnSeed001ClassDescribedUnderAnotherName() {
        // 001 writes 一般公共预算服务支出795.44万元 for 201 一般公共服务支出
        assertThat(RuleHarness.run(rule, TestReports.seed001())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("一般公共预算服务支出", "201 一般公共服务支出");
        });
    }

    @Test
    void staysSilentOnCompleteStructures() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
