package io.gongkai.rules;

import io.gongkai.model.Report;

/**
 * A check over a report. Rules only report: they inspect the report and add findings to the sink, never print or
 * throw on odd content. Every rule is stateless and safe to run in parallel (Checkstyle's {@code @StatelessCheck}),
 * and carries a {@link RuleDoc}.
 */
public interface Rule {

    /** Inspects the report and adds what it finds. */
    void check(Report report, FindingSink sink);

    /** The rule's documentation. */
    default RuleDoc doc() {
        RuleDoc doc = getClass().getAnnotation(RuleDoc.class);
        if (doc == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleDoc");
        }
        return doc;
    }
}
