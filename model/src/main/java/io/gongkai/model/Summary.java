package io.gongkai.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * The key figures of a report, each taken from the table that publishes it (万元), or null when the document does
 * not say. An empty table (本表无数据) says zero. The table numbers below are those of a budget; final accounts
 * fill the same figures from their own tables ({@link #ofFinalAccounts}).
 *
 * @param incomeTotal 收入总计 (table 1)
 * @param currentIncome 本年收入合计 (table 1)
 * @param carryover 上年结转 (table 1)
 * @param expenditureTotal 支出总计 (table 1)
 * @param basicExpenditure 基本支出 including carry-over (table 3)
 * @param projectExpenditure 项目支出 including carry-over (table 3)
 * @param gpbTotal 一般公共预算 current-year expenditure (table 5)
 * @param gpbBasic its basic part (table 5)
 * @param gpbProject its project part (table 5)
 * @param personnel 人员经费 (table 6)
 * @param publicExpense 公用经费 (table 6)
 * @param threePublicTotal “三公”经费 (table 10)
 * @param institutionOperating 机关运行经费 (table 11)
 * @param procurementTotal 政府采购预算总额 (narrative)
 * @param projectCount number of projects in table 12
 * @param projectTotal 合计 of table 12
 * @param carryoverProjectTotal 合计 of table 13
 */
public record Summary(BigDecimal incomeTotal, BigDecimal currentIncome, BigDecimal carryover,
                      BigDecimal expenditureTotal, BigDecimal basicExpenditure, BigDecimal projectExpenditure,
                      BigDecimal gpbTotal, BigDecimal gpbBasic, BigDecimal gpbProject,
                      BigDecimal personnel, BigDecimal publicExpense, BigDecimal threePublicTotal,
                      BigDecimal institutionOperating, BigDecimal procurementTotal, BigDecimal projectCount,
                      BigDecimal projectTotal, BigDecimal carryoverProjectTotal) {

    private static final int SCALE = 2;

    /** Computes the summary of a report from its tables. */
    public static Summary of(Report report) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return ofFinalAccounts(report);
        }
        Function<TableType, Optional<DisclosureTable>> t = report::table;
        return new Summary(
                cell(t.apply(TableType.BUDGET_SUMMARY), Side.INCOME, RowKeys.INCOME_GRAND_TOTAL, Columns.AMOUNT),
                cell(t.apply(TableType.BUDGET_SUMMARY), Side.INCOME, RowKeys.CURRENT_INCOME_TOTAL, Columns.AMOUNT),
                cell(t.apply(TableType.BUDGET_SUMMARY), Side.INCOME, RowKeys.CARRYOVER, Columns.AMOUNT),
                cell(t.apply(TableType.BUDGET_SUMMARY), Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL,
                        Columns.TOTAL),
                cell(t.apply(TableType.EXPENDITURE_SUMMARY), Side.NONE, RowKeys.TOTAL, Columns.BASIC),
                cell(t.apply(TableType.EXPENDITURE_SUMMARY), Side.NONE, RowKeys.TOTAL, Columns.PROJECT),
                cell(t.apply(TableType.GPB_EXPENDITURE), Side.NONE, RowKeys.TOTAL, Columns.TOTAL),
                cell(t.apply(TableType.GPB_EXPENDITURE), Side.NONE, RowKeys.TOTAL, Columns.BASIC),
                cell(t.apply(TableType.GPB_EXPENDITURE), Side.NONE, RowKeys.TOTAL, Columns.PROJECT),
                cell(t.apply(TableType.GPB_BASIC_BY_ECONOMIC), Side.NONE, RowKeys.TOTAL, Columns.PERSONNEL),
                cell(t.apply(TableType.GPB_BASIC_BY_ECONOMIC), Side.NONE, RowKeys.TOTAL, Columns.PUBLIC),
                cell(t.apply(TableType.THREE_PUBLIC), Side.NONE, RowKeys.TOTAL, Columns.TOTAL),
                cell(t.apply(TableType.OPERATING_COSTS), Side.NONE, RowKeys.TOTAL, Columns.TOTAL),
                report.procurement().total(),
                t.apply(TableType.PROJECTS_CURRENT).map(Summary::projectCount).orElse(null),
                cell(t.apply(TableType.PROJECTS_CURRENT), Side.NONE, RowKeys.TOTAL, Columns.TOTAL),
                cell(t.apply(TableType.PROJECTS_CARRYOVER), Side.NONE, RowKeys.TOTAL, Columns.TOTAL));
    }

    /**
     * The key figures of final accounts: totals from 公开01 (收入总计 and 支出总计 are its 总计 rows; 上年结转 is
     * 年初结转和结余), basic and project expenditure from 03, the 一般公共预算 figures from 05, 人员经费 and 公用经费
     * from 06's 合计 rows, the 三公 决算数 from 09, 机关运行经费 and 政府采购 from 10 (from the 情况说明 in templates
     * without table 10). Projects are those evaluated
     * (自评表); final accounts have no project tables, so the project totals are null.
     */
    public static Summary ofFinalAccounts(Report report) {
        Function<TableType, Optional<DisclosureTable>> t = report::table;
        Optional<DisclosureTable> related = t.apply(TableType.FA_RELATED_INFO);
        return new Summary(
                cell(t.apply(TableType.FA_SUMMARY), Side.INCOME, RowKeys.INCOME_GRAND_TOTAL, Columns.AMOUNT),
                cell(t.apply(TableType.FA_SUMMARY), Side.INCOME, RowKeys.CURRENT_INCOME_TOTAL, Columns.AMOUNT),
                cell(t.apply(TableType.FA_SUMMARY), Side.INCOME, RowKeys.OPENING_BALANCE, Columns.AMOUNT),
                cell(t.apply(TableType.FA_SUMMARY), Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL,
                        Columns.AMOUNT),
                cell(t.apply(TableType.FA_EXPENDITURE), Side.NONE, RowKeys.TOTAL, Columns.BASIC),
                cell(t.apply(TableType.FA_EXPENDITURE), Side.NONE, RowKeys.TOTAL, Columns.PROJECT),
                cell(t.apply(TableType.FA_GPB_EXPENDITURE), Side.NONE, RowKeys.TOTAL, Columns.TOTAL),
                cell(t.apply(TableType.FA_GPB_EXPENDITURE), Side.NONE, RowKeys.TOTAL, Columns.BASIC),
                cell(t.apply(TableType.FA_GPB_EXPENDITURE), Side.NONE, RowKeys.TOTAL, Columns.PROJECT),
                cell(t.apply(TableType.FA_GPB_BASIC_DETAIL), Side.NONE, RowKeys.PERSONNEL_TOTAL,
                        Columns.PERSONNEL),
                cell(t.apply(TableType.FA_GPB_BASIC_DETAIL), Side.NONE, RowKeys.PUBLIC_TOTAL, Columns.PUBLIC),
                cell(t.apply(TableType.FA_THREE_PUBLIC), Side.NONE, RowKeys.TOTAL, Columns.FINAL),
                related.isEmpty() ? scaled(report.narrative().finalAccounts().operatingCosts().amount())
                        : sumOf(related.get(), RowKeys.OPERATING_ADMINISTRATIVE, RowKeys.OPERATING_CIVIL_SERVICE_LIKE),
                related.isEmpty() ? scaled(report.procurement().total())
                        : cell(related, Side.NONE, RowKeys.PROCUREMENT_TOTAL, Columns.AMOUNT),
                null, null, null);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(Math.max(value.scale(), SCALE));
    }

    private static BigDecimal sumOf(DisclosureTable table, String... keys) {
        BigDecimal sum = BigDecimal.ZERO.setScale(SCALE);
        boolean any = false;
        for (String key : keys) {
            Optional<TableRow> row = table.row(key);
            if (row.isPresent()) {
                any = true;
                sum = sum.add(row.get().amount(Columns.AMOUNT));
            }
        }
        return any || table.empty() ? sum : null;
    }

    private static BigDecimal cell(Optional<DisclosureTable> table, Side side, String key, String column) {
        if (table.isEmpty()) {
            return null;
        }
        DisclosureTable found = table.get();
        Optional<TableRow> row = found.row(side, key);
        if (row.isEmpty()) {
            return found.empty() || found.rows().isEmpty() ? BigDecimal.ZERO.setScale(SCALE) : null;
        }
        return row.get().amount(column).setScale(SCALE);
    }

    private static BigDecimal projectCount(DisclosureTable table) {
        return BigDecimal.valueOf(table.rows().stream().filter(r -> r.isKey(RowKeys.PROJECT)).count());
    }
}
