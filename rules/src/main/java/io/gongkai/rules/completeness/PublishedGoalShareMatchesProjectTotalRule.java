package io.gongkai.rules.completeness;

import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The share that 十、绩效管理 gives the published goals (占部门（单位）项目支出总额的77.46%) is their amount over
 * the 合计 of table 12: 359.87 ÷ 464.57 = 77.46%.
 */
@RuleDoc(id = "COMP-012", title = "公开绩效目标金额占项目支出的比例计算正确",
        category = Category.COMPLETENESS, severity = Severity.ERROR,
        rationale = "公开目标覆盖项目支出的比例是衡量绩效目标公开程度的指标；比例与金额、项目支出总额对不上，"
                + "说明的可信度就受损。",
        basis = "DOMAIN.md 恒等式11、12")
public final class PublishedGoalShareMatchesProjectTotalRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        PublishedGoalStatement statement = PublishedGoalStatement.published(report).orElse(null);
        Optional<TableRow> total = Tables.of(report, TableType.PROJECTS_CURRENT).flatMap(t -> t.row(RowKeys.TOTAL));
        if (statement == null || statement.amount() == null || statement.share() == null || total.isEmpty()
                || total.get().amount("total").signum() == 0) {
            return;
        }
        NarrativeFact share = statement.share();
        BigDecimal amount = statement.amount().value();
        BigDecimal whole = total.get().amount("total");
        String where = "情况说明 " + share.section();
        FindingSink.Builder finding = Verdicts.report(sink, Tolerance.share(share.value(), amount, whole),
                where + "称公开的项目绩效目标金额" + amount.toPlainString() + "万元占项目支出总额的"
                        + share.value().toPlainString() + "%，而按表12合计" + whole.toPlainString() + "万元计算为"
                        + Tolerance.percent(amount, whole, share.value()).toPlainString() + "%");
        if (finding != null) {
            finding.at(Location.section(where)).tables(12)
                    .values(Tolerance.percent(amount, whole, share.value()), share.value())
                    .evidence("说明中公开的项目绩效目标占比（%）", share.value().toPlainString(), share.source())
                    .evidence("说明中公开的项目绩效目标金额（万元）", amount.toPlainString(), statement.amount().source())
                    .evidence(12, total.get(), "total");
        }
    }
}
