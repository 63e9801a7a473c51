package io.gongkai.model;

/** Whether a project's money is this year's budget (table 12) or carried over from last year (table 13). */
public enum ProjectFunding {
    CURRENT_YEAR, CARRYOVER
}
