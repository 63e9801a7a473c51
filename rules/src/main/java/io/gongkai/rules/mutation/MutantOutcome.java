package io.gongkai.rules.mutation;

import io.gongkai.rules.Finding;
import java.util.List;

/**
 * What the checker made of one mutant.
 *
 * @param mutant the change
 * @param newFindings the ERROR and WARNING findings the mutant has and the unmutated report has not
 */
public record MutantOutcome(Mutant mutant, List<Finding> newFindings) {

    public MutantOutcome {
        newFindings = List.copyOf(newFindings);
    }

    /** Whether some rule noticed the change: at least one new ERROR or WARNING finding. */
    public boolean caught() {
        return !newFindings.isEmpty();
    }
}
