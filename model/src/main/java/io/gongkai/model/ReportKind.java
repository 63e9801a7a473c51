package io.gongkai.model;

/** Which kind of disclosure a report is. */
public enum ReportKind {
    /** 部门预算公开: the budget for the coming year. */
    BUDGET,
    /** 部门决算公开: the final accounts of the past year. */
    FINAL_ACCOUNTS
}
