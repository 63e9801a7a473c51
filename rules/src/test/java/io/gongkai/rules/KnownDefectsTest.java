package io.gongkai.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the catalogue: every defect DOMAIN.md lists for the samples is found at the right
 * severity, nothing else is raised above INFO (each extra finding below was checked against the document), and
 * rounding differences never go above INFO.
 */
class KnownDefectsTest {

    private static List<Finding> raised(Report report) {
        return Checker.standard().check(report).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).toList();
    }

    private static String line(Finding f) {
        return f.severity() + " " + f.rule() + " " + f.message();
    }

    @Test
    void sample000() {
        List<Finding> found = raised(TestReports.seed000());

        assertThat(found).extracting(KnownDefectsTest::line).satisfiesExactlyInAnyOrder(
                // DOMAIN.md: 十、绩效管理 says 5 goals are published, only 3 tables are attached.
                l -> assertThat(l).startsWith("ERROR COMP-010").contains("5个").contains("3张")
                        .contains("长治市屯留区2023年数字消费券发放").contains("乡村e镇"),
                // DOMAIN.md: 商务执法办公经费's goal table gives 150,000元, T12 gives 3.00万元.
                l -> assertThat(l).startsWith("ERROR PERF-001").contains("商务执法办公经费").contains("150000")
                        .contains("3.00万元"),
                // Beyond DOMAIN.md: the 年度 cost indicator 12万元 (seed line 1331) exceeds 年度资金 50,000元.
                l -> assertThat(l).startsWith("WARNING PERF-010").contains("扶持进出口专项资金"));
    }

    @Test
    void sample001() {
        List<Finding> found = raised(TestReports.seed001());

        assertThat(found).extracting(KnownDefectsTest::line).satisfiesExactlyInAnyOrder(
                // DOMAIN.md: 7 published goals worth 359.87 but 6 tables (245.87); 饮食服务公司经费 missing.
                l -> assertThat(l).startsWith("ERROR COMP-010").contains("7个").contains("359.87")
                        .contains("忻州市饮食服务公司经费"),
                // DOMAIN.md: 三公 公务接待费 1.00 but table 6 has no 公务接待费 row.
                l -> assertThat(l).startsWith("WARNING XTAB-017").contains("公务接待费"),
                // DOMAIN.md: the project is 忻州市食品公司经费 in T12 and 忻州市食品公司经营 in its goal table.
                l -> assertThat(l).startsWith("WARNING PERF-002").contains("忻州市食品公司经营")
                        .contains("忻州市食品公司经费"),
                // DOMAIN.md: 公务用车 编制 0, 实有 3.
                l -> assertThat(l).startsWith("WARNING ASSET-001").contains("编制0辆").contains("实有3辆"));
    }

    @Test
    void sample003() {
        List<Finding> found = raised(TestReports.seed003());

        assertThat(found).extracting(KnownDefectsTest::line).satisfiesExactlyInAnyOrder(
                // DOMAIN.md: the per-类 section omits 农林水支出 (787.70) and 资源勘探工业信息等支出 (144.00).
                l -> assertThat(l).startsWith("WARNING FA-018").contains("农林水支出").contains("787.70"),
                l -> assertThat(l).startsWith("WARNING FA-018").contains("资源勘探工业信息等支出").contains("144.00"),
                // DOMAIN.md: sections 二 and 三 of the narrative appear twice.
                l -> assertThat(l).startsWith("WARNING FA-020").contains("第二、三部分重复出现"),
                // DOMAIN.md: 2022 self-evaluations of 7 projects worth 150.33万元, six 2023 tables attached.
                l -> assertThat(l).startsWith("ERROR FA-028").contains("2022年").contains("7个").contains("6张")
                        .contains("150.33万元"),
                // DOMAIN.md: 2 vehicles are held with zero 公务用车运行维护费.
                l -> assertThat(l).startsWith("WARNING FA-010").contains("共有车辆2辆"),
                // Beyond DOMAIN.md: no section 四 财政拨款收入支出决算总体情况 (the text goes 三, 六 … 十).
                l -> assertThat(l).startsWith("WARNING FA-019").contains("财政拨款收入支出决算总体情况"),
                // Beyond DOMAIN.md: the two attached 绩效目标申报表 print an empty 成本指标 row (seed lines 2280, 2505).
                l -> assertThat(l).startsWith("WARNING PERF-003").contains("「办公经费」"),
                l -> assertThat(l).startsWith("WARNING PERF-003").contains("2021年度企业上市挂牌奖补资金"));
    }

    @Test
    void sample003SelfEvaluationScoresRecomputeWithoutAlarm() {
        // DOMAIN.md: the six tables score 100, 96.67, 90, 95, 86.44 and 100, and recompute exactly.
        Report report = TestReports.seed003();
        assertThat(report.selfEvaluations()).extracting(e -> e.totalScore().toPlainString())
                .containsExactly("100", "96.67", "90", "95", "86.44", "100");
        assertThat(Checker.standard().check(report).findings()).filteredOn(f -> List.of("FA-022", "FA-024",
                "FA-025", "FA-026", "FA-027").contains(f.rule())).isEmpty();
    }

    @Test
    void sample004() {
        List<Finding> found = raised(TestReports.seed004());

        assertThat(found).extracting(KnownDefectsTest::line).satisfiesExactlyInAnyOrder(
                // DOMAIN.md: 区乡两级人大办公经费's 年度目标 says 50万元, the table and T12 say 40万元.
                l -> assertThat(l).startsWith("ERROR PERF-011").contains("区乡两级人大办公经费").contains("50万元"),
                // DOMAIN.md: 人大会议费's cost indicator is 总成本 ≥50万元; a cost should be an upper bound.
                l -> assertThat(l).startsWith("WARNING PERF-008").contains("人大会议费").contains("≥50万元"),
                // DOMAIN.md: 办公设备更新购置资金 has no 成本指标.
                l -> assertThat(l).startsWith("WARNING PERF-003").contains("办公设备更新购置资金"),
                // Beyond DOMAIN.md: two more tables print an empty 成本指标 row (seed lines 1337 and 3555).
                l -> assertThat(l).startsWith("WARNING PERF-003").contains("「工作经费」"),
                l -> assertThat(l).startsWith("WARNING PERF-003").contains("职业年金个人账户记实资金"),
                // Beyond DOMAIN.md: 十一 says 5 vehicles are held, table 10 (本表无数据) has no running cost.
                l -> assertThat(l).startsWith("WARNING ASSET-003").contains("5辆"));
    }

    @Test
    void sample004CarryoverIdentityHoldsSilently() {
        // DOMAIN.md: T13 (131.30) plus the 1.18 basic carry-over in 行政运行 equals T1's 上年结转 132.48.
        assertThat(raised(TestReports.seed004())).noneMatch(f -> f.tables().contains(13));
    }

    @Test
    void fixturesAreCleanExceptTheDocumentedNarrativeDefect() {
        assertThat(raised(TestReports.fixtureA())).isEmpty();
        assertThat(raised(TestReports.fixtureC())).isEmpty();
        assertThat(raised(TestReports.fixtureB())).extracting(Finding::rule).containsExactlyInAnyOrder(
                "NARR-017", "NARR-018");
    }

    @Test
    void roundingDifferencesAreNeverAboveInfo() {
        for (Report report : List.of(TestReports.seed000(), TestReports.seed001(), TestReports.seed003(),
                TestReports.seed004(),
                TestReports.fixtureA(), TestReports.fixtureB(), TestReports.fixtureC())) {
            List<Finding> all = Checker.standard().check(report).findings();
            assertThat(all).filteredOn(f -> f.message().contains("尾数误差"))
                    .allMatch(f -> f.severity() == Severity.INFO);
            // 000's published one-cent differences (788.00 + 690.66 shown as 1478.65 …) appear, as INFO.
            if (report == TestReports.seed000()) {
                assertThat(all).anyMatch(f -> f.severity() == Severity.INFO && f.message().contains("尾数误差"));
            }
        }
    }
}
