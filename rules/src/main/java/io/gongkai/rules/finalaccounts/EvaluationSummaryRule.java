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
 * The 绩效自评 summary of the text (年度, 个数, 涉及资金, 优/良/中/差) describes the self-evaluation tables attached: the
 * same year, as many tables, their 全年预算数 in total and their grades.
 */
@RuleDoc(id = "FA-028", title = "说明所述绩效自评情况与所附自评表一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "说明中的自评项目个数、金额、年度和等级分布应与公开的项目支出绩效自评表相符，否则说明与附件相互矛盾。",
        basis = "DOMAIN.md 恒等式12（同理适用于决算的绩效自评）；《项目支出绩效评价管理办法》（财预〔2020〕10号）")
public final class EvaluationSummaryRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        List<SelfEvaluation> tables = report.selfEvaluations();
        if (tables.isEmpty()) {
            return;
        }
        int year = tables.get(0).year();
        BigDecimal money = tables.stream().map(SelfEvaluation::fullYearBudget).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        java.util.Map<String, Long> grades = new java.util.HashMap<>();
        tables.forEach(e -> grades.merge(e.grade() == null ? "" : e.grade(), 1L, Long::sum));
        for (SelfEvaluationSummary s : report.narrative().finalAccounts().selfEvaluationSummaries()) {
            if (s.count() == null || s.count() == 0) {
                continue;
            }
            List<String> differences = new ArrayList<>();
            if (year != 0 && s.year() != year) {
                differences.add("年度为" + s.year() + "年，所附自评表为" + year + "年度");
            }
            if (s.count() != tables.size()) {
                differences.add("个数为" + s.count() + "个，所附自评表" + tables.size() + "张");
            }
            BigDecimal stated = "元".equals(s.amountUnit()) && s.amount() != null
                    ? s.amount().movePointLeft(4) : s.amount();
            if (stated != null && Tolerance.equal(stated, money).contradicts()) {
                differences.add("涉及资金" + s.amount().toPlainString() + s.amountUnit() + "，所附自评表全年预算数合计"
                        + money.toPlainString() + "万元");
            }
            gradeDifference(differences, "优", s.excellent(), grades);
            gradeDifference(differences, "良", s.good(), grades);
            gradeDifference(differences, "中", s.fair(), grades);
            gradeDifference(differences, "差", s.poor(), grades);
            if (!differences.isEmpty()) {
                sink.add("情况说明所述" + s.level() + "绩效自评与所附项目支出绩效自评表不符：" + String.join("；", differences))
                        .at(Location.section("十")).values(tables.size() + "张" + year + "年度自评表",
                                s.count() + "个" + s.year() + "年度项目")
                        .evidence("情况说明" + s.level() + "绩效自评个数", String.valueOf(s.count()), s.source());
            }
        }
    }

    private static void gradeDifference(List<String> out, String grade, Integer stated,
                                        java.util.Map<String, Long> grades) {
        long actual = grades.getOrDefault(grade, 0L);
        if (stated != null && stated != actual) {
            out.add("“" + grade + "”" + stated + "个，所附自评表" + actual + "个");
        }
    }
}
