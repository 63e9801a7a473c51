package io.gongkai.rules.mutation;

import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.Narrative;
import io.gongkai.model.Report;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Measures how many single-amount changes of a report the rule catalogue notices (mutation testing of the
 * catalogue). Every published table cell and every narrative fact is changed in turn by the {@link Perturbation}
 * ({@link ReportMutator}); the checker runs on each mutant, and a mutant is <em>caught</em> when the checker
 * reports at least one ERROR or WARNING finding that the unmutated report does not have, findings being compared
 * by rule, location and severity ({@link NewFindings}). The baseline is checked once per document.
 *
 * <pre>{@code
 * MutationRun run = new MutationHarness(Checker.standard()).run("000", report);
 * Recall tables = run.recall(Mutant.Part.TABLE);
 * }</pre>
 *
 * Thread-safe when the checker is (the standard one is).
 */
public final class MutationHarness {

    private final Checker checker;
    private final Perturbation perturbation;
    private final Function<Narrative, FinalAccountsStatements> statementsReader;

    /** A harness changing figures by {@link Perturbation#TRANSPOSE_DIGITS}. */
    public MutationHarness(Checker checker) {
        this(checker, Perturbation.TRANSPOSE_DIGITS);
    }

    /** A harness leaving the statements of final accounts as read ({@link ReportMutator#STATEMENTS_AS_READ}). */
    public MutationHarness(Checker checker, Perturbation perturbation) {
        this(checker, perturbation, ReportMutator.STATEMENTS_AS_READ);
    }

    /**
     * A harness whose mutants re-read the statements of final accounts from their rewritten narrative with
     * {@code statementsReader} (see {@link ReportMutator#ReportMutator(Report, Function)}).
     */
    public MutationHarness(Checker checker, Perturbation perturbation,
                           Function<Narrative, FinalAccountsStatements> statementsReader) {
        this.checker = checker;
        this.perturbation = perturbation;
        this.statementsReader = statementsReader;
    }

    public Perturbation perturbation() {
        return perturbation;
    }

    /** Checks the report and every mutant of it. */
    public MutationRun run(String document, Report report) {
        long start = System.nanoTime();
        CheckResult base = checker.check(report);
        NewFindings baseline = NewFindings.against(base.findings());
        ReportMutator mutator = new ReportMutator(report, statementsReader);
        List<Mutant> mutants = mutator.mutants(perturbation);
        List<MutantOutcome> outcomes = new ArrayList<>(mutants.size());
        for (Mutant mutant : mutants) {
            CheckResult result = checker.check(mutator.apply(mutant));
            outcomes.add(new MutantOutcome(mutant, baseline.in(result.findings())));
        }
        return new MutationRun(document, perturbation, baseline.baselineCount(), outcomes,
                System.nanoTime() - start);
    }
}
