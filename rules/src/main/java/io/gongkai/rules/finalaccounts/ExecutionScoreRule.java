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

/** The 执行率 score = 分值 × min(执行率, 100%), as printed to its scale. */
@RuleDoc(id = "FA-022", title = "绩效自评表执行率得分按执行率计算", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "预算执行率得分为分值乘以执行率（最高为满分），得分与执行率不符说明自评打分有误。",
        basis = "DOMAIN.md：执行率得分 = 10 × min(执行率, 100%)；《项目支出绩效评价管理办法》（财预〔2020〕10号）")
public final class ExecutionScoreRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(Report report, FindingSink sink) {
        for (SelfEvaluation e : report.selfEvaluations()) {
            if (e.executionRate() == null || e.executionScore() == null || e.executionWeight() == null) {
                continue;
            }
            BigDecimal capped = e.executionRate().min(HUNDRED);
            BigDecimal factor = e.executionWeight().divide(HUNDRED);
            BigDecimal expected = capped.multiply(factor).setScale(Math.max(e.executionScore().scale(), 0),
                    RoundingMode.HALF_UP);
            if (expected.compareTo(e.executionScore()) == 0) {
                continue;
            }
            FindingSink.Builder f = Verdicts.report(sink, Tolerance.scaled(capped, factor, e.executionScore()),
                    "绩效自评表「" + e.projectName() + "」执行率" + e.executionRate().toPlainString() + "%的得分为"
                            + e.executionScore().toPlainString() + "，按" + e.executionWeight().toPlainString()
                            + "分×执行率计算应为" + expected.toPlainString());
            if (f != null) {
                SelfEvaluations.locate(f, e).values(expected, e.executionScore());
            }
        }
    }
}
