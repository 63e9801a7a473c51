package io.gongkai.rules.narrative;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** 三 支出: the 占X% of 基本支出 and 项目支出 against their amounts and the 支出总计 (as stated, or table 1's or 3's). */
@RuleDoc(id = "NARR-009", title = "支出预算情况所述基本支出、项目支出占比与金额一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "基本支出与项目支出的占比反映预算结构，占比与金额不符会误导对支出结构的判断。",
        basis = "DOMAIN.md 恒等式11")
public final class ExpenditureSharesRule extends SharesOfWholeRule {

    @Override
    Topic topic() {
        return Topic.EXPENDITURE;
    }

    @Override
    Set<Role> wholeRoles() {
        return Set.of(Role.EXPENDITURE_TOTAL);
    }

    @Override
    List<Optional<Figure>> tableWholes(Report report) {
        return List.of(Figures.expenditureTotal(report, Columns.TOTAL),
                Figures.expenditureSummary(report, Columns.TOTAL));
    }
}
