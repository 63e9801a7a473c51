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
import java.util.List;

/**
 * Every money increase on last year, in any section: 本年X万元，比上年增加A万元 requires A ≤ X, since last year's
 * figure X − A cannot be negative. It is the only check a statement gets when the item is new this year (上年为零,
 * so no rate is printed) and the figure is in no table of last year.
 */
@RuleDoc(id = "NARR-030", title = "增加额不超过本年数",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "“本年X万元，比上年增加A万元”意味着上年数为X−A，不可能为负；增加额大于本年数说明本年数或增加额有一处写错（新增项目的增加额应等于本年数）。",
        basis = "DOMAIN.md 恒等式11（同比说明内部一致）")
public final class IncreaseWithinThisYearRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        List<NarrativeFact> facts = report.narrative().facts();
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact change = facts.get(i);
            if (change.kind() != FactKind.CHANGE || change.value() == null || change.value().signum() <= 0
                    || !("万元".equals(change.unit()) || "元".equals(change.unit()))) {
                continue;
            }
            int base = Sequence.previousAmountAbout(facts, i, change.subject(), change.unit());
            if (base < 0 || facts.get(base).value() == null) {
                continue;
            }
            NarrativeFact amount = facts.get(base);
            Agreement agreement = Tolerance.atMost(change.value(), amount.value());
            if (agreement == Agreement.EXACT) {
                continue;
            }
            String message = Subjects.describe(change) + "本年" + Subjects.valueText(amount) + "，却比上年增加"
                    + Subjects.valueText(change) + "，上年数将为" + amount.value().subtract(change.value()).toPlainString()
                    + amount.unit() + "（不可能为负）";
            FindingSink.Builder finding = Verdicts.report(sink, agreement, message);
            if (finding != null) {
                finding.at(Checks.at(change)).values(amount.value(), change.value());
                Checks.evidence(finding, amount);
                Checks.evidence(finding, change);
            }
        }
    }
}
