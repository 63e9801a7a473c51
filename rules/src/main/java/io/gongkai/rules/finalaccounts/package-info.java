/**
 * Rules of final accounts (部门决算公开, {@code FINAL_ACCOUNTS}): the identities of tables 公开01–10, the
 * 情况说明 against the tables, completeness, and the 项目支出绩效自评表. Every rule here applies to final accounts
 * only ({@code RuleDoc.kinds}).
 */
package io.gongkai.rules.finalaccounts;
