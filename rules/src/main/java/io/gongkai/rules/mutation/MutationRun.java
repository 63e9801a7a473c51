package io.gongkai.rules.mutation;

import java.util.List;

/**
 * The mutants of one document and what the checker made of each.
 *
 * @param document the document's short name (000, A …)
 * @param perturbation how the figures were changed
 * @param baselineFindings how many ERROR and WARNING findings the unmutated report has
 * @param outcomes one per mutant, tables first, in {@link ReportMutator#mutants} order
 * @param nanos wall-clock time of the run (baseline and every mutant)
 */
public record MutationRun(String document, Perturbation perturbation, int baselineFindings,
                          List<MutantOutcome> outcomes, long nanos) {

    public MutationRun {
        outcomes = List.copyOf(outcomes);
    }

    /** The mutants no rule noticed. */
    public List<MutantOutcome> survivors() {
        return outcomes.stream().filter(o -> !o.caught()).toList();
    }

    /** Recall over the mutants of one part. */
    public Recall recall(Mutant.Part part) {
        return Recall.of(outcomes.stream().filter(o -> o.mutant().part() == part).toList());
    }
}
