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

/** The 等级 follows the 总分: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
@RuleDoc(id = "FA-026", title = "绩效自评等级与总分相符", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "自评等级由总分决定：90分（含）以上为优，80（含）至90分为良，60（含）至80分为中，60分以下为差。",
        basis = "《项目支出绩效评价管理办法》（财预〔2020〕10号）第二十七条")
public final class GradeRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (SelfEvaluation e : report.selfEvaluations()) {
            if (e.totalScore() == null || e.grade() == null) {
                continue;
            }
            String expected = SelfEvaluations.grade(e.totalScore());
            if (!expected.equals(e.grade())) {
                SelfEvaluations.locate(sink.add("绩效自评表「" + e.projectName() + "」总分"
                        + e.totalScore().toPlainString() + "分应评为“" + expected + "”，实评为“" + e.grade() + "”"), e)
                        .values(expected, e.grade());
            }
        }
    }
}
