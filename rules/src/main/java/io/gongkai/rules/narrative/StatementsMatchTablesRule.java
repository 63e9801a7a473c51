package io.gongkai.rules.narrative;

import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;

/**
 * The common shape of the rules that compare the amounts of one narrative topic with the tables: every amount the
 * topic's {@link Bindings} recognise (and the subclass accepts) must equal a candidate table figure. Stateless.
 */
abstract class StatementsMatchTablesRule implements Rule {

    /** The section this rule reads. */
    abstract Topic topic();

    /** Whether this rule checks statements of the role (a topic's roles may be split between rules). */
    boolean covers(Role role) {
        return true;
    }

    @Override
    public final void check(Report report, FindingSink sink) {
        if (!Checks.isBudget(report)) {
            return;
        }
        for (NarrativeFact fact : Topics.facts(report, topic())) {
            Binding binding = Bindings.of(report, fact, topic());
            if (binding.bound() && covers(binding.role())) {
                Checks.againstTables(sink, fact, binding);
            }
        }
    }
}
