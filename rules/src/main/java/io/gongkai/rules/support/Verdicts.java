package io.gongkai.rules.support;

import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Severity;
import io.gongkai.rules.tolerance.Agreement;

/**
 * Turns an {@link Agreement} into a finding: a contradiction at the rule's severity, a rounding difference as an
 * INFO remark (never above), and nothing when the figures agree exactly.
 */
public final class Verdicts {

    private Verdicts() {
    }

    /**
     * Adds the finding the agreement calls for, or returns null when none.
     *
     * @param message what is wrong, in Chinese; a rounding remark gets 「（在尾数误差范围内）」 appended
     */
    public static FindingSink.Builder report(FindingSink sink, Agreement agreement, String message) {
        return switch (agreement) {
            case EXACT -> null;
            case ROUNDING -> sink.add(message + "（在尾数误差范围内）").severity(Severity.INFO);
            case CONTRADICTS -> sink.add(message);
        };
    }
}
