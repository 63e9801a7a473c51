package io.gongkai.rules.mutation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How many of a set of mutants were caught.
 *
 * @param caught mutants with at least one new ERROR or WARNING finding
 * @param total mutants
 */
public record Recall(int caught, int total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Recall NONE = new Recall(0, 0);

    public static Recall of(Collection<MutantOutcome> outcomes) {
        int caught = (int) outcomes.stream().filter(MutantOutcome::caught).count();
        return new Recall(caught, outcomes.size());
    }

    public Recall plus(Recall other) {
        return new Recall(caught + other.caught, total + other.total);
    }

    /** The caught share in per cent, one decimal (rounded down, so 94.96% never shows as 95.0%); null if none. */
    public BigDecimal percent() {
        return total == 0 ? null
                : BigDecimal.valueOf(caught).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1,
                        RoundingMode.DOWN);
    }

    /** Whether at least {@code goalPercent} per cent were caught, judged exactly. A set with no mutants meets it. */
    public boolean meets(BigDecimal goalPercent) {
        return BigDecimal.valueOf(caught).multiply(HUNDRED)
                .compareTo(goalPercent.multiply(BigDecimal.valueOf(total))) >= 0;
    }

    /** 95.3% (143/150), or — when there are no mutants. */
    @Override
    public String toString() {
        return total == 0 ? "—" : percent().toPlainString() + "% (" + caught + "/" + total + ")";
    }
}
