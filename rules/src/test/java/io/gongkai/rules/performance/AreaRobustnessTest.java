package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.gongkai.model.Assets;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FactKind;
import io.gongkai.model.FundSplit;
import io.gongkai.model.Indicator;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Procurement;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.Unit;
import io.gongkai.model.Vehicles;
import io.gongkai.rules.Rule;
import io.gongkai.rules.assets.AssetsRules;
import io.gongkai.rules.completeness.CompletenessRules;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The completeness, performance and assets rules never throw, whatever odd content a report has. */
class AreaRobustnessTest {

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(CompletenessRules.all());
        rules.addAll(PerformanceRules.all());
        rules.addAll(AssetsRules.all());
        return rules;
    }

    private static Report bare(ReportKind kind) {
        return new Report(kind, 2024, new Unit(null, null, null), null, List.of(), null, List.of(), List.of(),
                List.of(), null, null, List.of(), List.of(), null);
    }

    private static Report odd() {
        Map<String, BigDecimal> amounts = new HashMap<>();
        amounts.put("total", new BigDecimal("-1"));
        TableRow nameless = new TableRow(Side.NONE, "2", null, null, 1, RowKeys.PROJECT, amounts, null);
        TableRow total = new TableRow(Side.NONE, null, "合计", null, 0, RowKeys.TOTAL, Map.of(), null);
        List<DisclosureTable> tables = List.of(
                new DisclosureTable(TableType.GPB_EXPENDITURE, null, false, List.of(nameless), null),
                new DisclosureTable(TableType.THREE_PUBLIC, "", true, List.of(), null),
                new DisclosureTable(TableType.PROJECTS_CURRENT, "", false, List.of(total, nameless), null),
                new DisclosureTable(TableType.PROJECTS_CARRYOVER, "", true, List.of(nameless), null));
        Indicator blank = new Indicator(null, null, null, null, null);
        Indicator weird = new Indicator("成本指标", "数量指标满意度", "每人率", "≥≥%/人/", null);
        Indicator huge = new Indicator("产出指标", "数量指标", "人", "99999999999999999999人", null);
        Indicator cost = new Indicator("产出指标", "成本指标", "人均", "0元/人", null);
        FundSplit zero = new FundSplit(BigDecimal.ZERO, null, null, null, null, null);
        PerformanceGoal goal = new PerformanceGoal(null, null, null, null, null, null, zero, null, null, null,
                null, null, null, "申请资金万元，经费0元", "", List.of(blank, weird, huge, cost), List.of(), null);
        PerformanceGoal named = new PerformanceGoal("2", null, null, null, null, null, null, zero, null, null,
                null, null, null, null, "经费5万元", List.of(), List.of(cost, huge), null);
        List<NarrativeFact> facts = List.of(
                new NarrativeFact("十", FactKind.COUNT, "公开项目绩效目标", new BigDecimal("2.5"), "个", null),
                new NarrativeFact("十", FactKind.AMOUNT, null, new BigDecimal("1"), "万元", null),
                new NarrativeFact("十", FactKind.SHARE, "x", new BigDecimal("1000"), "%", null),
                new NarrativeFact("十", FactKind.COUNT, "纳入绩效目标管理的项目", new BigDecimal("0"), "个", null),
                new NarrativeFact("十", FactKind.COUNT, "运转类项目", new BigDecimal("-3"), "个", null),
                new NarrativeFact("十", FactKind.COUNT, "特定类项目", new BigDecimal("3"), "个", null),
                new NarrativeFact(null, FactKind.COUNT, null, null, null, null),
                new NarrativeFact("十一", FactKind.COUNT, null, null, "辆", null));
        List<NarrativeSection> sections = List.of(new NarrativeSection("五", null, null, null),
                new NarrativeSection("七", "三公", "", null), new NarrativeSection("十一", "国有资产", "价值100万元以上设备9台", null),
                new NarrativeSection("九", "政府采购", null, null));
        Map<String, Integer> categories = new HashMap<>();
        categories.put("领导用车", 2);
        categories.put("其他用车", null);
        return new Report(ReportKind.BUDGET, 2024, new Unit("u", null, null), null, tables,
                new Narrative(sections, facts), List.of(), List.of(goal, named), List.of(),
                new Assets(null, new Vehicles(-1, 1, categories), null, null, null, null),
                new Procurement(BigDecimal.ONE, null, null, null, null), List.of(), List.of(), null);
    }

    @Test
    void rulesNeverThrowOnBareOrOddReports() {
        for (Report report : List.of(bare(ReportKind.BUDGET), bare(ReportKind.FINAL_ACCOUNTS), odd())) {
            for (Rule rule : rules()) {
                assertThatCode(() -> RuleHarness.run(rule, report)).as(rule.doc().id()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void rulesNeverThrowOnTheDocuments() {
        for (Report report : List.of(TestReports.seed000(), TestReports.seed001(), TestReports.seed004(),
                TestReports.fixtureA(), TestReports.fixtureB())) {
            for (Rule rule : rules()) {
                assertThatCode(() -> RuleHarness.run(rule, report)).as(rule.doc().id()).doesNotThrowAnyException();
            }
        }
    }
}
