package io.gongkai.model;

/** The side of a two-sided table (收入 | 支出) a row belongs to; one-sided tables use NONE. */
public enum Side {
    INCOME, EXPENDITURE, NONE
}
