package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 十一 国有资产: the vehicles held (实有) = the sum of the categories listed after it (领导用车, 机要通信用车 …).
 * Counts are exact, so they are compared exactly.
 */
@RuleDoc(id = "NARR-025", title = "实有公务用车数等于分类车辆数之和",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "公务用车按用途分类列示，各类车辆数之和必须等于实有车辆数；不符说明车辆数填写有误。",
        basis = "DOMAIN.md 恒等式13；《党政机关公务用车管理办法》")
public final class VehicleCategoriesAddUpRule implements Rule {

    private static final List<String> ACTUAL = List.of("公务用车", "共有公务用车", "实有公务用车", "现有公务用车",
            "车辆", "公务车辆");

    @Override
    public void check(Report report, FindingSink sink) {
        NarrativeFact actual = null;
        List<NarrativeFact> categories = new ArrayList<>();
        for (NarrativeFact fact : Topics.facts(report, Topic.ASSETS)) {
            if (fact.kind() != FactKind.COUNT || !"辆".equals(fact.unit())) {
                continue;
            }
            String s = Subjects.norm(fact.subject());
            if (Subjects.has(s, "编制", "购置", "更新", "新增", "处置", "报废", "租用")) {
                continue;
            }
            if (s.contains("实有") || ACTUAL.contains(s)) {
                judge(actual, categories, sink);
                actual = fact;
                categories = new ArrayList<>();
            } else if (actual != null && s.endsWith("用车")) {
                categories.add(fact);
            }
        }
        judge(actual, categories, sink);
    }

    private static void judge(NarrativeFact actual, List<NarrativeFact> categories, FindingSink sink) {
        if (actual == null || categories.isEmpty()) {
            return;
        }
        BigDecimal sum = categories.stream().map(NarrativeFact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(actual.value()) == 0) {
            return;
        }
        StringBuilder names = new StringBuilder();
        categories.forEach(c -> names.append(names.length() > 0 ? "、" : "").append(c.subject())
                .append(c.value().toPlainString()).append("辆"));
        FindingSink.Builder finding = sink.add(Subjects.describe(actual) + "为" + Subjects.valueText(actual)
                        + "，而分类车辆" + names + "合计" + sum.toPlainString() + "辆")
                .at(Checks.at(actual)).values(sum, actual.value());
        Checks.evidence(finding, actual);
        categories.forEach(c -> Checks.evidence(finding, c));
    }
}
