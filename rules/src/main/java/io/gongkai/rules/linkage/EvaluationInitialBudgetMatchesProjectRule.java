package io.gongkai.rules.linkage;

import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A self-evaluation's 年初预算数 (预算编制数) equals its project's 合计 in the budget's table 12; a project that
 * is also carried over (table 13) may include the carry-over, so either amount agrees.
 */
@RuleDoc(id = "LINK-004", title = "绩效自评表年初预算数与预算表12项目金额一致", category = Category.LINKAGE,
        severity = Severity.ERROR, kinds = {},
        rationale = "自评表的“年初预算数（预算编制数）”取自项目预算支出明细表，应与年初公开的预算表12中同一项目的金额一致；"
                + "不一致时执行率和得分的基数就不可信。",
        basis = "项目支出绩效自评表填报说明：预算编制数来源于项目预算支出明细表；预算表12 项目合计")
public final class EvaluationInitialBudgetMatchesProjectRule implements PairRule {

    @Override
    public void check(ReportPair pair, FindingSink sink) {
        Map<String, List<TableRow>> current = LinkedProjects.byName(pair.budget(), TableType.PROJECTS_CURRENT);
        Map<String, List<TableRow>> carryover = LinkedProjects.byName(pair.budget(), TableType.PROJECTS_CARRYOVER);
        for (SelfEvaluation evaluation : pair.finalAccounts().selfEvaluations()) {
            BigDecimal stated = evaluation.initialBudget();
            if (stated == null) {
                continue;
            }
            String name = current.keySet().stream().filter(n -> LinkedProjects.evaluates(evaluation, n))
                    .findFirst().orElse(null);
            if (name == null) {
                continue;
            }
            List<TableRow> rows = current.get(name);
            BigDecimal budgeted = LinkedProjects.total(rows);
            Agreement agreement = Tolerance.equal(budgeted, stated);
            List<TableRow> carried = carryover.getOrDefault(name, List.of());
            if (agreement.contradicts() && !carried.isEmpty()) {
                Agreement withCarryover = Tolerance.equal(budgeted.add(LinkedProjects.total(carried)), stated);
                agreement = withCarryover.contradicts() ? agreement : withCarryover;
            }
            FindingSink.Builder b = Verdicts.report(sink, agreement, "项目「" + evaluation.projectName()
                    + "」绩效自评表年初预算数" + stated.toPlainString() + "万元，与预算表12的" + budgeted.toPlainString()
                    + "万元不一致");
            if (b != null) {
                b.at(new Location(12, rows.get(0).name(), "total", "项目支出绩效自评表")).values(budgeted, stated)
                        .evidence("决算 项目支出绩效自评表「" + evaluation.projectName() + "」年初预算数",
                                stated.toPlainString(), evaluation.source());
                for (TableRow row : rows) {
                    PairEvidence.budget(b, 12, row, "total");
                }
            }
        }
    }
}
