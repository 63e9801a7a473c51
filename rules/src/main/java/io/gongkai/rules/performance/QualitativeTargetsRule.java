package io.gongkai.rules.performance;

import io.gongkai.model.Indicator;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * 质量, 时效 and 满意度 indicators whose 指标值 is a word (及时, 稳定, 保障) rather than a number. These are common
 * and sometimes unavoidable, so the rule gives one remark per goal table listing them, never a warning; 效益指标
 * are left out because the MoF allows them to be qualitative where they cannot be measured.
 */
@RuleDoc(id = "PERF-005", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "质量、时效、满意度指标宜量化",
        category = Category.PERFORMANCE, severity = Severity.INFO,
        rationale = "财政部要求指标值尽量量化；“及时”“稳定”之类的定性表述难以考核，但并非错误，"
                + "因此每张目标表只汇总提示一次，避免淹没真正的问题。",
        basis = "《项目支出绩效评价管理办法》（财预〔2020〕10号）：指标值能量化的应当量化")
public final class QualitativeTargetsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            List<Indicator> vague = new ArrayList<>();
            for (Indicator indicator : GoalHalf.mainIndicators(goal)) {
                if (judged(indicator) && indicator.value() != null && !indicator.value().isBlank()
                        && !IndicatorValue.hasNumber(indicator.value())) {
                    vague.add(indicator);
                }
            }
            if (vague.isEmpty()) {
                continue;
            }
            List<String> listed = vague.stream().map(i -> i.name() + "：" + i.value()).toList();
            FindingSink.Builder finding = sink.add("绩效目标表「" + goal.projectName() + "」有" + vague.size()
                            + "项质量、时效或满意度指标未量化（" + String.join("；", listed) + "）")
                    .at(GoalHalf.where(goal))
                    .values("量化的指标值", String.join("；", listed));
            vague.forEach(i -> finding.evidence("绩效目标表「" + goal.projectName() + "」指标「" + i.name() + "」",
                    i.value(), i.source()));
        }
    }

    private static boolean judged(Indicator indicator) {
        if (IndicatorValue.isQuantity(indicator) || IndicatorValue.isCost(indicator)) {
            return false;
        }
        String level1 = indicator.level1() == null ? "" : indicator.level1();
        String level2 = indicator.level2() == null ? "" : indicator.level2();
        return level1.contains("产出") || level1.contains("满意") || level2.contains("质量")
                || level2.contains("时效") || level2.contains("满意");
    }
}
