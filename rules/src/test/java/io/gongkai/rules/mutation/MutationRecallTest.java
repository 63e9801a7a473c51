package io.gongkai.rules.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.Checker;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The team's goal for the catalogue: of single-amount changes of the five test documents (seeds 000, 001, 004,
 * fixtures A and B), at least 95% of changed table amounts and 85% of changed narrative figures are caught by
 * some rule. Prints recall per category and the first survivors of each document.
 */
class MutationRecallTest {

    static final BigDecimal TABLE_GOAL = MutationSummary.TABLE_GOAL_PERCENT;
    static final BigDecimal NARRATIVE_GOAL = MutationSummary.NARRATIVE_GOAL_PERCENT;
    private static final int SURVIVORS_SHOWN = 12;

    private static MutationSummary summary;

    @BeforeAll
    static void measure() {
        summary = RecallDocuments.measure(Checker.standard(), Perturbation.TRANSPOSE_DIGITS);
        StringBuilder out = new StringBuilder("\nRecall of the catalogue (" + Checker.class.getSimpleName()
                + ".standard(), " + Perturbation.TRANSPOSE_DIGITS.englishLabel() + "):\n\n");
        out.append(summary.render()).append('\n');
        for (MutationRun run : summary.runs()) {
            out.append(String.format("%s: %d mutants in %.1f ms, %d ERROR/WARNING findings unmutated, %d survivors%n",
                    run.document(), run.outcomes().size(), run.nanos() / 1e6, run.baselineFindings(),
                    run.survivors().size()));
            run.survivors().stream().limit(SURVIVORS_SHOWN)
                    .forEach(o -> out.append("    survives: ").append(o.mutant().describe()).append('\n'));
        }
        System.out.println(out);
    }

    @Test
    void atLeastNinetyFivePerCentOfTableChangesAreCaught() {
        assertThat(summary.tables().meets(TABLE_GOAL))
                .as("table recall %s, goal %s%%", summary.tables(), TABLE_GOAL).isTrue();
    }

    @Test
    void atLeastEightyFivePerCentOfNarrativeChangesAreCaught() {
        assertThat(summary.narrative().meets(NARRATIVE_GOAL))
                .as("narrative recall %s, goal %s%%", summary.narrative(), NARRATIVE_GOAL).isTrue();
    }
}
