package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The common shape of the share rules: each 占X% of a topic is the amount stated just before it divided by the
 * topic's whole, the whole as the narrative states it or as the tables give it (either may be meant). Stateless.
 */
abstract class SharesOfWholeRule implements Rule {

    /** The section this rule reads. */
    abstract Topic topic();

    /** The roles of the narrative statement the shares are taken of. */
    abstract Set<Role> wholeRoles();

    /** The table figures the shares may be taken of. */
    abstract List<Optional<Figure>> tableWholes(Report report);

    @Override
    public final void check(Report report, FindingSink sink) {
        List<NarrativeFact> facts = Topics.facts(report, topic());
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact share = facts.get(i);
            if (share.kind() != FactKind.SHARE) {
                continue;
            }
            int partIndex = Sequence.previous(facts, i, FactKind.AMOUNT, true);
            if (partIndex < 0) {
                continue;
            }
            NarrativeFact part = facts.get(partIndex);
            if (wholeRoles().contains(Bindings.of(report, part, topic()).role())) {
                continue;
            }
            List<Checks.Whole> wholes = new ArrayList<>();
            for (int j = partIndex - 1; j >= 0; j--) {
                NarrativeFact candidate = facts.get(j);
                if (wholeRoles().contains(Bindings.of(report, candidate, topic()).role())) {
                    wholes.add(Checks.Whole.of(candidate));
                    break;
                }
            }
            if (Checks.isBudget(report)) {
                tableWholes(report).forEach(f -> f.ifPresent(figure -> wholes.add(Checks.Whole.of(figure))));
            }
            Checks.share(sink, share, part, wholes);
        }
    }
}
