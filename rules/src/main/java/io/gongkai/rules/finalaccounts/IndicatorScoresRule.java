package io.gongkai.rules.finalaccounts;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.FinalAccountsStatements.SelfEvaluationSummary;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.RoundingMode;

/**
 * Each indicator's 得分 lies between 0 and its 分值, and the 分值 of execution and indicators add up to 100.
 */
@RuleDoc(id = "FA-024", title = "绩效自评指标得分不超过分值，分值合计100", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "每项指标的得分不能超过其分值，全部分值（执行率10分与各指标）合计应为100分，否则总分失去意义。",
        basis = "DOMAIN.md：默认权重 执行率10、产出50、效益30、满意度10，合计100；《项目支出绩效评价管理办法》（财预〔2020〕10号）")
public final class IndicatorScoresRule implements Rule {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    @Override
    public void check(Report report, FindingSink sink) {
        for (SelfEvaluation e : report.selfEvaluations()) {
            BigDecimal weights = e.executionWeight() == null ? BigDecimal.ZERO : e.executionWeight();
            for (SelfEvaluation.ScoredIndicator i : e.indicators()) {
                if (i.weight() != null) {
                    weights = weights.add(i.weight());
                }
                if (i.weight() != null && i.score() != null
                        && (i.score().compareTo(i.weight()) > 0 || i.score().signum() < 0)) {
                    SelfEvaluations.locate(sink.add("绩效自评表「" + e.projectName() + "」指标「"
                            + i.indicator().name() + "」得分" + i.score().toPlainString() + "超出分值"
                            + i.weight().toPlainString()), e).values(i.weight(), i.score());
                }
            }
            if (!e.indicators().isEmpty() && weights.compareTo(FULL) != 0) {
                SelfEvaluations.locate(sink.add("绩效自评表「" + e.projectName() + "」执行率与各指标分值合计为"
                        + weights.toPlainString() + "分，应为100分"), e).values(FULL, weights);
            }
        }
    }
}
