package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class ThreePublicItemsListedRuleTest {

    private final ThreePublicItemsListedRule rule = new ThreePublicItemsListedRule();

    @Test
    void firesWhenTheVehicleSplitIsMissing() {
        Report report = ReportEdits.rows(TestReports.seed001(), TableType.THREE_PUBLIC, rows -> {
            var copy = new ArrayList<>(rows);
            copy.removeIf(r -> r.isKey(RowKeys.VEHICLE_PURCHASE) || r.isKey(RowKeys.VEHICLE_OPERATION));
            return copy;
        });
        var findings = RuleHarness.run(rule, report);
        assertThat(findings).extracting(Finding::rule).containsOnly("COMP-008");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(findings).extracting(Finding::expected).containsExactly("①公务用车购置费", "②公务用车运行维护费");
        assertThat(findings.get(0).tables()).containsExactly(10);
    }

    @Test
    void staysSilentOnEveryTemplatesRows() {
        // fixture B prints 公务用车购置费 without ①, fixture A numbers them （1）（2）
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
