package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 一 收支总体, within itself: 收入总计 = 本年收入 + 上年结转, 支出总计 = 本年预算安排 + 上年结转 (or 基本支出 + 项目支出),
 * each total with the parts stated after it.
 */
@RuleDoc(id = "NARR-002", title = "收支总体情况所述总计等于其所列组成之和",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "说明中“总计X万元，其中本年收入A万元、上年结转B万元”自身就必须相加一致；不一致时至少有一个数字写错。",
        basis = "DOMAIN.md 恒等式1、11")
public final class OverviewTotalEqualsPartsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        List<NarrativeFact> facts = Topics.facts(report, Topic.OVERVIEW);
        NarrativeFact total = null;
        Map<Role, NarrativeFact> parts = new EnumMap<>(Role.class);
        for (NarrativeFact fact : facts) {
            if (fact.kind() != FactKind.AMOUNT) {
                continue;
            }
            Role role = Bindings.of(report, fact, Topic.OVERVIEW).role();
            if (role == Role.INCOME_TOTAL || role == Role.EXPENDITURE_TOTAL) {
                judge(total, parts, sink);
                total = fact;
                parts.clear();
            } else if (total != null && role != Role.NONE) {
                parts.putIfAbsent(role, fact);
            }
        }
        judge(total, parts, sink);
    }

    private static void judge(NarrativeFact total, Map<Role, NarrativeFact> parts, FindingSink sink) {
        if (total == null) {
            return;
        }
        if (parts.containsKey(Role.CURRENT) && parts.containsKey(Role.CARRYOVER)) {
            Checks.totalOfParts(sink, total, List.of(parts.get(Role.CURRENT), parts.get(Role.CARRYOVER)));
        }
        if (parts.containsKey(Role.BASIC) && parts.containsKey(Role.PROJECT)) {
            Checks.totalOfParts(sink, total, List.of(parts.get(Role.BASIC), parts.get(Role.PROJECT)));
        }
    }
}
