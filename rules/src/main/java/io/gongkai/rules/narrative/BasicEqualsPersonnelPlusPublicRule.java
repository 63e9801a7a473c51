package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/** 六 基本支出, within itself: the stated 基本支出 = 人员经费 + 公用经费. */
@RuleDoc(id = "NARR-015", title = "基本支出情况所述基本支出等于人员经费与公用经费之和",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "基本支出由人员经费和公用经费构成，说明中二者之和与所述基本支出不符，说明至少一个数字写错。",
        basis = "DOMAIN.md 恒等式7、11")
public final class BasicEqualsPersonnelPlusPublicRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        NarrativeFact basic = null;
        NarrativeFact personnel = null;
        NarrativeFact pub = null;
        for (NarrativeFact fact : Topics.facts(report, Topic.BASIC)) {
            if (fact.kind() != FactKind.AMOUNT) {
                continue;
            }
            Role role = Bindings.of(report, fact, Topic.BASIC).role();
            if (role == Role.BASIC && basic == null) {
                basic = fact;
            } else if (role == Role.PERSONNEL && personnel == null) {
                personnel = fact;
            } else if (role == Role.PUBLIC && pub == null) {
                pub = fact;
            }
        }
        if (basic != null && personnel != null && pub != null) {
            Checks.totalOfParts(sink, basic, List.of(personnel, pub));
        }
    }
}
