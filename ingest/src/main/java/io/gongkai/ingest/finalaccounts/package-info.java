/**
 * Reading what only final accounts (决算) have: the 项目支出绩效自评表, the structured statements of their
 * 情况说明, and the assembly of a final-accounts report. Tables are read by the shared {@code table} package.
 */
package io.gongkai.ingest.finalaccounts;
