package io.gongkai.cli;

/** Exit statuses of the command line (DESIGN.md). */
final class ExitCodes {
    /** Success; for check: no ERROR finding. */
    static final int OK = 0;
    /** check: at least one ERROR finding. */
    static final int FINDINGS = 1;
    /** Unreadable input or bad usage. */
    static final int UNREADABLE = 2;

    private ExitCodes() {
    }
}
