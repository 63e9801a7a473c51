package io.gongkai.rules.narrative;

import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;

/**
 * 十(2) 绩效管理, per kind of project and per group: a count of 0 goes with an amount of 0 (特定目标类项目0个，涉及金额
 * 0万元), and a count above 0 with an amount above 0. NARR-023 checks that the kinds add up to the group; this rule
 * checks each statement by itself, so a kind stated as 0个 with money, or with projects and no money, is found
 * even when the group's figures were changed to match.
 */
@RuleDoc(id = "NARR-029", title = "绩效管理各类项目个数为0时金额为0，个数大于0时金额大于0",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "“特定目标类项目0个，涉及金额5万元”自相矛盾：没有项目就没有金额；有项目却“涉及金额0万元”"
                + "说明个数或金额至少一个写错。",
        basis = "DOMAIN.md 恒等式11、12；财预〔2024〕22号 十、绩效管理")
public final class PerformanceKindCountMatchesAmountRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        PerformanceFacts facts = PerformanceFacts.of(report);
        for (PerformanceFacts.Group group : new PerformanceFacts.Group[] {facts.managed(), facts.published()}) {
            if (group == null) {
                continue;
            }
            check(group.count(), group.amount(), sink);
            for (PerformanceFacts.Kind kind : group.kinds()) {
                check(kind.count(), kind.amount(), sink);
            }
        }
    }

    private static void check(NarrativeFact count, NarrativeFact amount, FindingSink sink) {
        if (count == null || amount == null) {
            return;
        }
        boolean noProjects = count.value().signum() == 0;
        boolean noMoney = amount.value().signum() == 0;
        if (noProjects == noMoney) {
            return;
        }
        FindingSink.Builder finding = sink.add(Subjects.describe(count) + "为" + Subjects.valueText(count) + "，而"
                        + Subjects.describe(amount) + "为" + Subjects.valueText(amount)
                        + (noProjects ? "：没有项目却有金额" : "：有项目却没有金额"))
                .at(Checks.at(amount)).values(noProjects ? BigDecimal.ZERO : null, amount.value());
        Checks.evidence(finding, count);
        Checks.evidence(finding, amount);
    }
}
