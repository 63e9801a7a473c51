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

/** 三 支出, within itself: the stated 支出总计 = 基本支出 + 项目支出 stated after it. */
@RuleDoc(id = "NARR-008", title = "支出预算情况所述支出总计等于基本支出与项目支出之和",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "支出按性质只分基本支出和项目支出两类，说明中二者之和必须等于所述支出总计，即使表格缺失也能据此发现错误。",
        basis = "DOMAIN.md 恒等式4、11")
public final class ExpenditureTotalEqualsBasicPlusProjectRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        NarrativeFact total = null;
        NarrativeFact basic = null;
        NarrativeFact project = null;
        for (NarrativeFact fact : Topics.facts(report, Topic.EXPENDITURE)) {
            if (fact.kind() != FactKind.AMOUNT) {
                continue;
            }
            Role role = Bindings.of(report, fact, Topic.EXPENDITURE).role();
            if (role == Role.EXPENDITURE_TOTAL && total == null) {
                total = fact;
            } else if (role == Role.BASIC && total != null && basic == null) {
                basic = fact;
            } else if (role == Role.PROJECT && total != null && project == null) {
                project = fact;
            }
        }
        if (total != null && basic != null && project != null) {
            Checks.totalOfParts(sink, total, List.of(basic, project));
        }
    }
}
