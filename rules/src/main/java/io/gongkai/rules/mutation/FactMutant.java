package io.gongkai.rules.mutation;

import io.gongkai.model.NarrativeFact;
import java.math.BigDecimal;

/**
 * A change of one number stated in the narrative (情况说明).
 *
 * @param factIndex the fact's index in the narrative's facts
 * @param fact the fact as published
 * @param mutated the value the mutant states instead
 */
public record FactMutant(int factIndex, NarrativeFact fact, BigDecimal mutated) implements Mutant {

    @Override
    public Part part() {
        return Part.NARRATIVE;
    }

    @Override
    public String category() {
        return fact.kind().name();
    }

    @Override
    public BigDecimal original() {
        return fact.value();
    }

    @Override
    public String where() {
        return "情况说明 " + fact.section() + " " + fact.kind() + "「" + fact.subject() + "」" + fact.unit();
    }
}
