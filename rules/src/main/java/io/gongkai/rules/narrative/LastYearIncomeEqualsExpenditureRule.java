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
 * 一 收支总体: when both totals are given with their change on last year, last year's income total (收入总计 − 增加额)
 * must equal last year's expenditure total, since a budget balances every year.
 */
@RuleDoc(id = "NARR-003", title = "由收支总体情况推算的上年收入总计与上年支出总计相等",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "部门预算收支平衡，上年收入总计必然等于上年支出总计；两句增减说明推出不同的上年数，说明其中一句的增减额写错。",
        basis = "DOMAIN.md 恒等式11、1")
public final class LastYearIncomeEqualsExpenditureRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        List<NarrativeFact> facts = Topics.facts(report, Topic.OVERVIEW);
        NarrativeFact[] income = totalWithChange(report, facts, Role.INCOME_TOTAL);
        NarrativeFact[] expenditure = totalWithChange(report, facts, Role.EXPENDITURE_TOTAL);
        if (income == null || expenditure == null) {
            return;
        }
        BigDecimal lastIncome = income[0].value().subtract(income[1].value());
        BigDecimal lastExpenditure = expenditure[0].value().subtract(expenditure[1].value());
        Agreement agreement = Tolerance.sum(income[0].value(),
                List.of(expenditure[0].value(), expenditure[1].value().negate(), income[1].value()));
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        FindingSink.Builder finding = Verdicts.report(sink, agreement, "按情况说明" + income[0].section()
                + "推算，上年收入总计为" + lastIncome.toPlainString() + "万元（" + income[0].value().toPlainString()
                + "−" + income[1].value().toPlainString() + "），上年支出总计为" + lastExpenditure.toPlainString()
                + "万元（" + expenditure[0].value().toPlainString() + "−" + expenditure[1].value().toPlainString()
                + "），二者应相等");
        if (finding != null) {
            finding.at(Checks.at(income[0])).values(lastIncome, lastExpenditure);
            for (NarrativeFact f : List.of(income[0], income[1], expenditure[0], expenditure[1])) {
                Checks.evidence(finding, f);
            }
        }
    }

    /** The first total of the role, and the change stated with it (same subject, before the next amount). */
    private static NarrativeFact[] totalWithChange(Report report, List<NarrativeFact> facts, Role role) {
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact total = facts.get(i);
            if (total.kind() != FactKind.AMOUNT
                    || Bindings.of(report, total, Topic.OVERVIEW).role() != role) {
                continue;
            }
            for (int j = i + 1; j < facts.size(); j++) {
                NarrativeFact f = facts.get(j);
                if (f.kind() == FactKind.CHANGE && f.subject().equals(total.subject())
                        && Bindings.WAN.equals(f.unit())) {
                    return new NarrativeFact[] {total, f};
                }
                if (f.kind() == FactKind.AMOUNT
                        && Bindings.of(report, f, Topic.OVERVIEW).role() == role) {
                    break;
                }
            }
            return null;
        }
        return null;
    }
}
