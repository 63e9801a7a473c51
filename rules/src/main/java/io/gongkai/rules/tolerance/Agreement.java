package io.gongkai.rules.tolerance;

/** How a published figure agrees with what an identity requires. */
public enum Agreement {
    /** Equal as printed. */
    EXACT,
    /** Not equal as printed, but the true values behind the rounded figures can agree: 尾数误差, at most INFO. */
    ROUNDING,
    /** No true values behind the printed figures can satisfy the identity. */
    CONTRADICTS;

    public boolean contradicts() {
        return this == CONTRADICTS;
    }
}
