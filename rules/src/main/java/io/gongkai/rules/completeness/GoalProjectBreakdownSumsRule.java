package io.gongkai.rules.completeness;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * In 十、绩效管理, a count of projects with its amount (纳入绩效目标管理的二级项目5个，共计金额572.00万元) that is
 * broken down by kind (其中：其他运转类项目3个，涉及金额23.00万元；特定目标类项目2个，涉及金额549.00万元) equals the
 * sum of its parts, in count and in amount.
 */
@RuleDoc(id = "COMP-017", title = "绩效目标项目按类别分列之和等于总数",
        category = Category.COMPLETENESS, severity = Severity.ERROR,
        rationale = "说明把纳入绩效管理或公开的项目按运转类、特定目标类分列，分项个数和金额之和须等于总数，"
                + "否则至少有一个数字写错。",
        basis = "DOMAIN.md 恒等式11、12")
public final class GoalProjectBreakdownSumsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        List<NarrativeFact> facts = NarrativeSections.facts(report);
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact head = facts.get(i);
            if (!isHead(head)) {
                continue;
            }
            NarrativeFact headAmount = amountAfter(facts, i);
            List<NarrativeFact> counts = new ArrayList<>();
            List<NarrativeFact> amounts = new ArrayList<>();
            for (int j = i + 1; j < facts.size() && facts.get(j).section().equals(head.section()); j++) {
                NarrativeFact f = facts.get(j);
                if (f.kind() != FactKind.COUNT) {
                    continue;
                }
                if (!NarrativeSections.normalise(f.subject()).contains("类项目")) {
                    break;
                }
                counts.add(f);
                NarrativeFact a = amountAfter(facts, j);
                if (a != null) {
                    amounts.add(a);
                }
            }
            if (counts.size() < 2) {
                continue;
            }
            compare(sink, head, counts, "个数");
            if (headAmount != null && amounts.size() == counts.size()) {
                compare(sink, headAmount, amounts, "金额");
            }
        }
    }

    private static boolean isHead(NarrativeFact f) {
        if (f.kind() != FactKind.COUNT) {
            return false; // most facts: no need to normalise their subject
        }
        String subject = NarrativeSections.normalise(f.subject());
        return subject.contains("绩效") && !subject.contains("类项目");
    }

    private static NarrativeFact amountAfter(List<NarrativeFact> facts, int index) {
        for (int j = index + 1; j < facts.size(); j++) {
            NarrativeFact f = facts.get(j);
            if (f.kind() == FactKind.COUNT || !f.section().equals(facts.get(index).section())) {
                return null;
            }
            if (f.kind() == FactKind.AMOUNT && "万元".equals(f.unit())) {
                return f;
            }
        }
        return null;
    }

    private static void compare(FindingSink sink, NarrativeFact total, List<NarrativeFact> parts, String what) {
        List<BigDecimal> values = parts.stream().map(NarrativeFact::value).toList();
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        String unit = total.unit();
        String where = "情况说明 " + total.section();
        FindingSink.Builder finding = Verdicts.report(sink, Tolerance.sum(total.value(), values),
                where + "「" + total.subject() + "」" + total.value().toPlainString() + unit + "，但按类别分列的" + what
                        + "之和为" + sum.toPlainString() + unit);
        if (finding != null) {
            finding.at(Location.section(where)).values(sum, total.value())
                    .evidence("说明中的" + total.subject(), total.value().toPlainString(), total.source());
            parts.forEach(p -> finding.evidence("说明中的" + p.subject(), p.value().toPlainString(), p.source()));
        }
    }
}
