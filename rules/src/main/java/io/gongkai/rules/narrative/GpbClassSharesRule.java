package io.gongkai.rules.narrative;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** 五(二): each class's 占X% against its amount and the 一般公共预算当年支出 (as stated, or table 5's 合计). */
@RuleDoc(id = "NARR-013", title = "一般公共预算支出结构所列各类占比与金额一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "各类支出占一般公共预算当年支出的比重是结构说明的要点，占比与金额不符说明计算或抄录有误。",
        basis = "DOMAIN.md 恒等式11")
public final class GpbClassSharesRule extends SharesOfWholeRule {

    @Override
    Topic topic() {
        return Topic.GPB;
    }

    @Override
    Set<Role> wholeRoles() {
        return Set.of(Role.TOTAL);
    }

    @Override
    List<Optional<Figure>> tableWholes(Report report) {
        return List.of(Figures.gpb(report, Columns.TOTAL));
    }
}
