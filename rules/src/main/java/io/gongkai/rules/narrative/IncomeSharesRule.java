package io.gongkai.rules.narrative;

import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** 二 收入: each 占X% of a source against its amount and 收入总计 (as stated, or table 1's). */
@RuleDoc(id = "NARR-006", title = "收入预算情况所述各项收入占比与金额一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "各项收入的占比帮助读者判断收入结构，占比与所述金额、收入总计不符，说明文字计算有误。",
        basis = "DOMAIN.md 恒等式11")
public final class IncomeSharesRule extends SharesOfWholeRule {

    @Override
    Topic topic() {
        return Topic.INCOME;
    }

    @Override
    Set<Role> wholeRoles() {
        return Set.of(Role.INCOME_TOTAL);
    }

    @Override
    List<Optional<Figure>> tableWholes(Report report) {
        return List.of(Figures.incomeTotal(report));
    }
}
