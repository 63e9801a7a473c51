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
 * An indicator that lost points (得分 below its 分值) or whose 成本指标 was not set (未填报, empty) gives its
 * 偏差原因分析及改进措施.
 */
@RuleDoc(id = "FA-027", title = "未达目标或未设成本指标的指标说明偏差原因", category = Category.FINAL_ACCOUNTS,
        severity = Severity.WARNING, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "自评扣分的指标须分析偏差原因并提出改进措施，否则自评流于形式。",
        basis = "项目支出绩效自评表样式（偏差原因分析及改进措施）；《项目支出绩效评价管理办法》（财预〔2020〕10号）")
public final class DeviationReasonRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (SelfEvaluation e : report.selfEvaluations()) {
            for (SelfEvaluation.ScoredIndicator i : e.indicators()) {
                boolean missed = i.weight() != null && i.score() != null && i.score().compareTo(i.weight()) < 0;
                String value = i.indicator().value();
                boolean costNotSet = "成本指标".equals(i.indicator().level2())
                        && (value == null || value.isBlank() || value.contains("未填报"));
                boolean reasoned = i.deviationReason() != null && !i.deviationReason().isBlank();
                if ((missed || costNotSet) && !reasoned) {
                    SelfEvaluations.locate(sink.add("绩效自评表「" + e.projectName() + "」指标「"
                            + i.indicator().name() + "」" + (missed ? "得分" + i.score().toPlainString() + "低于分值"
                            + i.weight().toPlainString() : "未设置成本指标") + "，但未说明偏差原因"), e)
                            .values("偏差原因", "空");
                }
            }
        }
    }
}
