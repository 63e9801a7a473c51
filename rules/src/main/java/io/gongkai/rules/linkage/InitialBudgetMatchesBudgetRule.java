package io.gongkai.rules.linkage;

import io.gongkai.model.Columns;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.RowKeys;
import io.gongkai.model.SourceRef;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;

/**
 * The 一般公共预算财政拨款支出年初预算 that the final accounts' 情况说明 states equals the 合计 of the budget's
 * table 5 (一般公共预算支出预算表，不含上年结转) of the same year.
 */
@RuleDoc(id = "LINK-001", title = "决算所述一般公共预算年初预算数与预算表5合计一致", category = Category.LINKAGE,
        severity = Severity.ERROR, kinds = {},
        rationale = "决算说明中的“年初预算”就是年初批复并公开的部门预算；两者不一致说明其中一份文件的数字有误，"
                + "“完成年初预算的X%”也随之失真。",
        basis = "预算表5（不含上年结转）合计 = 决算说明 一般公共预算财政拨款支出年初预算（财预〔2016〕143号）")
public final class InitialBudgetMatchesBudgetRule implements PairRule {

    @Override
    public void check(ReportPair pair, FindingSink sink) {
        FinalAccountsStatements s = pair.finalAccounts().narrative().finalAccounts();
        BigDecimal stated = s.initialBudget();
        if (stated == null) {
            return;
        }
        Tables.of(pair.budget(), TableType.GPB_EXPENDITURE).flatMap(t -> t.row(RowKeys.TOTAL)).ifPresent(total -> {
            BigDecimal budgeted = total.amount(Columns.TOTAL);
            if (budgeted == null) {
                return;
            }
            FindingSink.Builder b = Verdicts.report(sink, Tolerance.equal(budgeted, stated),
                    "决算说明所述一般公共预算财政拨款支出年初预算" + stated.toPlainString() + "万元，与" + pair.budget().year()
                            + "年部门预算表5合计" + budgeted.toPlainString() + "万元不一致");
            if (b != null) {
                b.at(Location.cell(5, RowNames.of(total), Columns.TOTAL)).values(budgeted, stated)
                        .evidence("决算说明 一般公共预算财政拨款支出年初预算", stated.toPlainString(), SourceRef.NONE);
                PairEvidence.budget(b, 5, total, Columns.TOTAL);
            }
        });
    }

}
