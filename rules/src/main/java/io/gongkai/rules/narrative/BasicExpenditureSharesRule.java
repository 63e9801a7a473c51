package io.gongkai.rules.narrative;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** 六: the 占X% of 人员经费 and 公用经费 against their amounts and the 基本支出 (as stated, or table 5's or 6's). */
@RuleDoc(id = "NARR-016", title = "基本支出情况所述人员经费、公用经费占比与金额一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "人员经费与公用经费的比重反映运转成本结构，占比与金额不符说明计算或抄录有误。",
        basis = "DOMAIN.md 恒等式11、7")
public final class BasicExpenditureSharesRule extends SharesOfWholeRule {

    @Override
    Topic topic() {
        return Topic.BASIC;
    }

    @Override
    Set<Role> wholeRoles() {
        return Set.of(Role.BASIC);
    }

    @Override
    List<Optional<Figure>> tableWholes(Report report) {
        return List.of(Figures.gpb(report, Columns.BASIC), Figures.economic(report, Columns.TOTAL));
    }
}
