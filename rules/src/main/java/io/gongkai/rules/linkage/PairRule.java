package io.gongkai.rules.linkage;

import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;

/**
 * A check over a budget and the final accounts of the same unit and year (category {@code linkage}). Like a
 * {@link io.gongkai.rules.Rule} it only reports, is stateless and safe to run in parallel, and carries a
 * {@link RuleDoc} (whose {@code kinds} is empty: a pair rule never runs on a single report).
 */
public interface PairRule {

    /** Inspects the pair and adds what it finds. */
    void check(ReportPair pair, FindingSink sink);

    /** The rule's documentation. */
    default RuleDoc doc() {
        RuleDoc doc = getClass().getAnnotation(RuleDoc.class);
        if (doc == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleDoc");
        }
        return doc;
    }
}
