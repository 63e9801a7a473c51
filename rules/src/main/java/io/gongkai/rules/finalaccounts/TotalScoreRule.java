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

/** A self-evaluation's 总分 = the 执行率 score + Σ indicator scores. */
@RuleDoc(id = "FA-025", title = "绩效自评总分等于各项得分之和", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "总分是执行率得分与各项指标得分之和，总分决定自评等级，算错会改变等级。",
        basis = "项目支出绩效自评表样式（总分）；《项目支出绩效评价管理办法》（财预〔2020〕10号）")
public final class TotalScoreRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (SelfEvaluation e : report.selfEvaluations()) {
            if (e.totalScore() == null || e.indicators().isEmpty()) {
                continue;
            }
            List<BigDecimal> parts = new ArrayList<>();
            if (e.executionScore() != null) {
                parts.add(e.executionScore());
            }
            e.indicators().stream().filter(i -> i.score() != null).forEach(i -> parts.add(i.score()));
            BigDecimal expected = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            FindingSink.Builder f = Verdicts.report(sink, Tolerance.sum(e.totalScore(), parts), "绩效自评表「"
                    + e.projectName() + "」总分为" + e.totalScore().toPlainString() + "，执行率得分与各指标得分合计"
                    + expected.toPlainString());
            if (f != null) {
                SelfEvaluations.locate(f, e).values(expected, e.totalScore());
            }
        }
    }
}
