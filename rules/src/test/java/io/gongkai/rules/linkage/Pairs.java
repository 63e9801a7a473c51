package io.gongkai.rules.linkage;

import io.gongkai.model.Report;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.rules.Finding;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.testing.TestReports;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The hand-built pair of fixtures/pair (青川县自然资源局 2022; see its README) and a way to run one rule on it. */
final class Pairs {

    static final String BUDGET = "fixtures/pair/qingchuan-2022-budget";
    static final String FINAL = "fixtures/pair/qingchuan-2022-final";
    static final String PLANTED = "fixtures/pair/qingchuan-2022-final-planted";

    private Pairs() {
    }

    static Report budget() {
        return TestReports.load(BUDGET);
    }

    /** The budget and its consistent final accounts. */
    static ReportPair consistent() {
        return new ReportPair(budget(), TestReports.load(FINAL));
    }

    /** The budget and the final accounts with five planted disagreements. */
    static ReportPair planted() {
        return new ReportPair(budget(), TestReports.load(PLANTED));
    }

    /** The consistent pair with the final accounts' self-evaluations edited one by one. */
    static ReportPair withEvaluations(UnaryOperator<SelfEvaluation> edit) {
        Report fa = TestReports.load(FINAL);
        List<SelfEvaluation> edited = new ArrayList<>();
        fa.selfEvaluations().forEach(e -> edited.add(edit.apply(e)));
        return new ReportPair(budget(), fa.withSelfEvaluations(edited));
    }

    /** The self-evaluation with another 年初预算数. */
    static SelfEvaluation initialBudget(SelfEvaluation e, String value) {
        return new SelfEvaluation(e.projectName(), value == null ? null : new java.math.BigDecimal(value),
                e.fullYearBudget(), e.executed(), e.executionRate(), e.executionScore(), e.totalScore(), e.grade(),
                e.indicators(), e.source(), e.year(), e.department(), e.budgetUnit(), e.declaredBudget(),
                e.balance(), e.executionWeight(), e.annualGoal(), e.achievement(), e.analysis());
    }

    /** The self-evaluation of another project name. */
    static SelfEvaluation renamed(SelfEvaluation e, String name) {
        return new SelfEvaluation(name, e.initialBudget(), e.fullYearBudget(), e.executed(), e.executionRate(),
                e.executionScore(), e.totalScore(), e.grade(), e.indicators(), e.source(), e.year(), e.department(),
                e.budgetUnit(), e.declaredBudget(), e.balance(), e.executionWeight(), e.annualGoal(),
                e.achievement(), e.analysis());
    }

    static List<Finding> run(PairRule rule, ReportPair pair) {
        FindingSink sink = new FindingSink(rule.doc());
        rule.check(pair, sink);
        return sink.findings();
    }
}
