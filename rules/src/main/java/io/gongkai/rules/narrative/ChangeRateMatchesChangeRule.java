package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.List;

/**
 * Every year-on-year statement, in any section: 本年X万元，比上年增加A万元，增长B% requires B = A ÷ (X − A),
 * computed over the intervals the rounded figures stand for.
 */
@RuleDoc(id = "NARR-004", title = "增减率与增减额、本年数一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "“比上年增加A万元，增长B%”中的增长率必须等于增加额除以上年数（本年数减增加额）；不一致说明金额、增减额或增长率有一处写错。",
        basis = "DOMAIN.md 恒等式11（同比说明内部一致）")
public final class ChangeRateMatchesChangeRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        List<NarrativeFact> facts = report.narrative().facts();
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact rate = facts.get(i);
            if (rate.kind() != FactKind.CHANGE_RATE || rate.value() == null) {
                continue;
            }
            int at = changeBeside(facts, i);
            if (at < 0) {
                continue;
            }
            NarrativeFact change = facts.get(at);
            int base = Sequence.previousAmountAbout(facts, at, change.subject(), change.unit());
            if (base < 0) {
                continue;
            }
            judge(sink, facts.get(base), change, rate);
        }
    }

    /** The index of the money change stated right before (or after) the rate, about the same subject, or −1. */
    private static int changeBeside(List<NarrativeFact> facts, int i) {
        NarrativeFact rate = facts.get(i);
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= facts.size()) {
                continue;
            }
            NarrativeFact f = facts.get(j);
            if (f.kind() == FactKind.CHANGE && f.value() != null && f.section().equals(rate.section())
                    && f.subject().equals(rate.subject()) && isMoney(f.unit())) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isMoney(String unit) {
        return "万元".equals(unit) || "元".equals(unit);
    }

    private static void judge(FindingSink sink, NarrativeFact amount, NarrativeFact change, NarrativeFact rate) {
        Agreement agreement = Tolerance.rate(rate.value(), change.value(), amount.value());
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        BigDecimal lastYear = amount.value().subtract(change.value());
        BigDecimal computed = Tolerance.percent(change.value(), lastYear, rate.value());
        String message = Subjects.describe(rate) + "本年" + Subjects.valueText(amount) + "，增减"
                + Subjects.valueText(change) + "，增减率应为" + (computed == null ? "—" : computed.toPlainString())
                + "%（增减额÷上年数" + lastYear.toPlainString() + amount.unit() + "），而所述为"
                + Subjects.valueText(rate);
        FindingSink.Builder finding = Verdicts.report(sink, agreement, message);
        if (finding != null) {
            finding.at(Checks.at(rate)).values(computed, rate.value());
            Checks.evidence(finding, amount);
            Checks.evidence(finding, change);
            Checks.evidence(finding, rate);
        }
    }
}
