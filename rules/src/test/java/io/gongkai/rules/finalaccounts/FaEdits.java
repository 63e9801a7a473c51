package io.gongkai.rules.finalaccounts;

import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.FinalAccountsStatements.SelfEvaluationSummary;
import io.gongkai.model.Report;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.SelfEvaluation.ScoredIndicator;
import io.gongkai.rules.Finding;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Runs one final-accounts rule, and edits seed 003 for the fixtures of the rule tests. */
final class FaEdits {

    private FaEdits() {
    }

    static List<Finding> run(Rule rule, Report report) {
        FindingSink sink = new FindingSink(rule.doc());
        rule.check(report, sink);
        return sink.findings();
    }

    static Report seed003() {
        return TestReports.seed003();
    }

    static Report statements(Report report, UnaryOperator<FinalAccountsStatements> edit) {
        return report.withNarrative(report.narrative().withFinalAccounts(edit.apply(report.narrative()
                .finalAccounts())));
    }

    static FinalAccountsStatements completion(FinalAccountsStatements s, String initial, String fin, String rate) {
        return new FinalAccountsStatements(dec(initial), dec(fin), dec(rate), s.classes(), s.threePublic(),
                s.operatingCosts(), s.procurement(), s.selfEvaluationSummaries(), s.repeatedSections());
    }

    static FinalAccountsStatements classes(FinalAccountsStatements s, List<ClassStatement> classes) {
        return new FinalAccountsStatements(s.initialBudget(), s.finalExpenditure(), s.completionRate(), classes,
                s.threePublic(), s.operatingCosts(), s.procurement(), s.selfEvaluationSummaries(),
                s.repeatedSections());
    }

    static FinalAccountsStatements summaries(FinalAccountsStatements s, List<SelfEvaluationSummary> value) {
        return new FinalAccountsStatements(s.initialBudget(), s.finalExpenditure(), s.completionRate(), s.classes(),
                s.threePublic(), s.operatingCosts(), s.procurement(), value, s.repeatedSections());
    }

    static FinalAccountsStatements repeated(FinalAccountsStatements s, List<String> value) {
        return new FinalAccountsStatements(s.initialBudget(), s.finalExpenditure(), s.completionRate(), s.classes(),
                s.threePublic(), s.operatingCosts(), s.procurement(), s.selfEvaluationSummaries(), value);
    }

    /** 003 with the per-类 statements of 农林水支出 and 资源勘探工业信息等支出 that its text omits. */
    static Report allClassesDescribed() {
        return statements(seed003(), s -> {
            List<ClassStatement> all = new ArrayList<>(s.classes());
            all.add(new ClassStatement("农林水支出", dec("787.70"), dec("54.65"), null,
                    FinalAccountsStatements.ChangeStatement.NONE));
            all.add(new ClassStatement("资源勘探工业信息等支出", dec("144.00"), dec("9.99"), null,
                    FinalAccountsStatements.ChangeStatement.NONE));
            return classes(s, all);
        });
    }

    /** Edits one self-evaluation of a report. */
    static Report evaluation(Report report, int index, UnaryOperator<SelfEvaluation> edit) {
        List<SelfEvaluation> all = new ArrayList<>(report.selfEvaluations());
        all.set(index, edit.apply(all.get(index)));
        return report.withSelfEvaluations(all);
    }

    /** A copy of a self-evaluation with other figures: any null argument keeps the printed value. */
    static SelfEvaluation figures(SelfEvaluation e, String executed, String balance, String rate, String score,
                                  String total, String grade) {
        return new SelfEvaluation(e.projectName(), e.initialBudget(), e.fullYearBudget(),
                executed == null ? e.executed() : dec(executed), rate == null ? e.executionRate() : dec(rate),
                score == null ? e.executionScore() : dec(score), total == null ? e.totalScore() : dec(total),
                grade == null ? e.grade() : grade, e.indicators(), e.source(), e.year(), e.department(),
                e.budgetUnit(), e.declaredBudget(), balance == null ? e.balance() : dec(balance),
                e.executionWeight(), e.annualGoal(), e.achievement(), e.analysis());
    }

    /** A copy with one indicator replaced. */
    static SelfEvaluation indicator(SelfEvaluation e, int index, UnaryOperator<ScoredIndicator> edit) {
        List<ScoredIndicator> all = new ArrayList<>(e.indicators());
        all.set(index, edit.apply(all.get(index)));
        return new SelfEvaluation(e.projectName(), e.initialBudget(), e.fullYearBudget(), e.executed(),
                e.executionRate(), e.executionScore(), e.totalScore(), e.grade(), all, e.source(), e.year(),
                e.department(), e.budgetUnit(), e.declaredBudget(), e.balance(), e.executionWeight(), e.annualGoal(),
                e.achievement(), e.analysis());
    }

    static ScoredIndicator scored(ScoredIndicator i, String weight, String score, String reason) {
        return new ScoredIndicator(i.indicator(), i.actual(), dec(weight), dec(score), i.adjustedValue(), reason);
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
