package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.assets.AssetsRules;
import io.gongkai.rules.completeness.CompletenessRules;
import io.gongkai.rules.testing.TestReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Corpus ratchet (tabula's TestTableDetection) for the completeness, performance and assets rules: the findings
 * per document, by rule and severity. The seeds give exactly their known defects (DOMAIN.md, and the ones the
 * report justifies), the fixtures nothing. A change in either direction fails and must be looked at.
 */
class AreaCorpusTest {

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(CompletenessRules.all());
        rules.addAll(PerformanceRules.all());
        rules.addAll(AssetsRules.all());
        return rules;
    }

    private static Map<String, Integer> counts(Report report) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Rule rule : rules()) {
            for (Finding f : RuleHarness.run(rule, report)) {
                counts.merge(f.rule() + " " + f.severity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void seed000() {
        assertThat(counts(TestReports.seed000())).isEqualTo(Map.of(
                "COMP-010 ERROR", 1, // 5 goals stated, 3 attached: 数字消费券 500.00 and 乡村e镇 49.00 have none
                "PERF-001 ERROR", 1, // 商务执法办公经费 150,000元 against table 12's 3.00万元
                "PERF-005 INFO", 3,
                "PERF-010 WARNING", 1)); // 扶持进出口 年度 cost indicator 12万元 against 年度资金 50,000元
    }

    @Test
    void seed001() {
        assertThat(counts(TestReports.seed001())).isEqualTo(Map.of(
                "COMP-010 ERROR", 1, // 7 goals stated, 6 attached: 忻州市饮食服务公司经费 114.00 has none
                "COMP-015 INFO", 1, // 一般公共预算服务支出 for 201 一般公共服务支出
                "PERF-002 WARNING", 1, // 忻州市食品公司经营 / 忻州市食品公司经费
                "PERF-005 INFO", 3,
                "ASSET-001 WARNING", 1)); // 编制0辆, 实有3辆
    }

    @Test
    void seed004() {
        assertThat(counts(TestReports.seed004())).isEqualTo(Map.of(
                "PERF-003 WARNING", 3, // 办公设备更新购置资金, 工作经费, 职业年金个人账户记实资金: blank 成本指标 rows
                "PERF-005 INFO", 8,
                "PERF-008 WARNING", 1, // 人大会议费 总成本 ≥50万元
                "PERF-011 ERROR", 1, // 区乡两级人大办公经费 年度目标 50万元 against 40万元
                "ASSET-003 WARNING", 1)); // 实有5辆 with no 公务用车运行维护费 (table 10 本表无数据)
    }

    @Test
    void fixturesGiveNothing() {
        assertThat(counts(TestReports.fixtureA())).isEmpty();
        assertThat(counts(TestReports.fixtureB())).isEmpty();
    }
}
