package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import java.util.List;

/** Where facts stand to one another in the text: the amount a share qualifies, the change a rate goes with. */
final class Sequence {

    private Sequence() {
    }

    /**
     * The index of the nearest fact of a kind before {@code index}, or −1.
     *
     * @param sameSection only within the fact's own (sub-)section
     */
    static int previous(List<NarrativeFact> facts, int index, FactKind kind, boolean sameSection) {
        String section = facts.get(index).section();
        for (int j = index - 1; j >= 0; j--) {
            NarrativeFact f = facts.get(j);
            if (sameSection && !f.section().equals(section)) {
                return -1;
            }
            if (f.kind() == kind) {
                return j;
            }
        }
        return -1;
    }

    /** The nearest amount before {@code index} in the same section with the given subject, or −1. */
    static int previousAmountAbout(List<NarrativeFact> facts, int index, String subject, String unit) {
        String section = facts.get(index).section();
        for (int j = index - 1; j >= 0; j--) {
            NarrativeFact f = facts.get(j);
            if (!f.section().equals(section)) {
                return -1;
            }
            if (f.kind() == FactKind.AMOUNT && f.subject().equals(subject) && unit.equals(f.unit())) {
                return j;
            }
        }
        return -1;
    }
}
