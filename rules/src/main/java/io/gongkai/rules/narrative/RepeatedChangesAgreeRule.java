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
import java.util.HashMap;
import java.util.Map;

/**
 * A change on last year stated twice about the same thing must be stated the same: money and rates within one
 * section (the same words may mean another scope elsewhere), head counts anywhere (在职人员增加2人 in 一 and
 * 增加2名 in 八). Money and rates are compared through the tolerance, counts exactly. A WARNING: the same words
 * can, rarely, mean different things.
 */
@RuleDoc(id = "NARR-026", title = "同一事项的增减数前后一致",
        category = Category.NARRATIVE, severity = Severity.WARNING,
        rationale = "对同一事项重复说明的增减数（如收支变动和机关运行经费两部分都提到的在职人员增加数）应当相同，前后不一说明其中一处写错。",
        basis = "DOMAIN.md 恒等式11（说明内部一致）")
public final class RepeatedChangesAgreeRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        Map<String, NarrativeFact> first = new HashMap<>();
        for (NarrativeFact fact : report.narrative().facts()) {
            if (fact.kind() != FactKind.CHANGE && fact.kind() != FactKind.CHANGE_RATE || fact.value() == null) {
                continue;
            }
            String subject = Subjects.norm(fact.subject());
            if (subject.isEmpty()) {
                continue;
            }
            String scope = isCount(fact.unit()) ? "全文" : Topics.of(report, fact).name();
            String key = scope + "|" + fact.kind() + "|" + unitFamily(fact.unit()) + "|" + subject;
            NarrativeFact earlier = first.putIfAbsent(key, fact);
            if (earlier != null) {
                judge(earlier, fact, sink);
            }
        }
    }

    private static String unitFamily(String unit) {
        return "名".equals(unit) ? "人" : String.valueOf(unit);
    }

    private static boolean isCount(String unit) {
        return !"万元".equals(unit) && !"元".equals(unit) && !"%".equals(unit);
    }

    private static void judge(NarrativeFact earlier, NarrativeFact later, FindingSink sink) {
        Agreement agreement;
        if (isCount(later.unit())) {
            agreement = earlier.value().compareTo(later.value()) == 0 ? Agreement.EXACT : Agreement.CONTRADICTS;
        } else {
            agreement = Tolerance.equal(earlier.value(), later.value());
        }
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        FindingSink.Builder finding = Verdicts.report(sink, agreement, Subjects.describe(later) + "的增减为"
                + Subjects.valueText(later) + "，而前文" + Subjects.describe(earlier) + "为" + Subjects.valueText(earlier));
        if (finding != null) {
            finding.at(Checks.at(later)).values(earlier.value(), later.value());
            Checks.evidence(finding, earlier);
            Checks.evidence(finding, later);
        }
    }
}
