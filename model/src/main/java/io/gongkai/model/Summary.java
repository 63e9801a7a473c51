package io.gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

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

    /**
     * Where a budget publishes the twelve figures from {@code incomeTotal} to {@code threePublicTotal}, in the
     * record's order.
     */
    private static final List<CellAt> BUDGET_CELLS = List.of(
            new CellAt(TableType.BUDGET_SUMMARY, Side.INCOME, RowKeys.INCOME_GRAND_TOTAL, Columns.AMOUNT),
            new CellAt(TableType.BUDGET_SUMMARY, Side.INCOME, RowKeys.CURRENT_INCOME_TOTAL, Columns.AMOUNT),
            new CellAt(TableType.BUDGET_SUMMARY, Side.INCOME, RowKeys.CARRYOVER, Columns.AMOUNT),
            new CellAt(TableType.BUDGET_SUMMARY, Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL, Columns.TOTAL),
            new CellAt(TableType.EXPENDITURE_SUMMARY, Side.NONE, RowKeys.TOTAL, Columns.BASIC),
            new CellAt(TableType.EXPENDITURE_SUMMARY, Side.NONE, RowKeys.TOTAL, Columns.PROJECT),
            new CellAt(TableType.GPB_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.TOTAL),
            new CellAt(TableType.GPB_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.BASIC),
            new CellAt(TableType.GPB_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.PROJECT),
            new CellAt(TableType.GPB_BASIC_BY_ECONOMIC, Side.NONE, RowKeys.TOTAL, Columns.PERSONNEL),
            new CellAt(TableType.GPB_BASIC_BY_ECONOMIC, Side.NONE, RowKeys.TOTAL, Columns.PUBLIC),
            new CellAt(TableType.THREE_PUBLIC, Side.NONE, RowKeys.TOTAL, Columns.TOTAL));

    /**
     * Where final accounts publish the same twelve figures: totals from 公开01 (收入总计 and 支出总计 are its 总计
     * rows; 上年结转 is 年初结转和结余), basic and project expenditure from 03, the 一般公共预算 figures from 05,
     * 人员经费 and 公用经费 from 06's 合计 rows, the 三公 决算数 from 09.
     */
    private static final List<CellAt> FINAL_ACCOUNTS_CELLS = List.of(
            new CellAt(TableType.FA_SUMMARY, Side.INCOME, RowKeys.INCOME_GRAND_TOTAL, Columns.AMOUNT),
            new CellAt(TableType.FA_SUMMARY, Side.INCOME, RowKeys.CURRENT_INCOME_TOTAL, Columns.AMOUNT),
            new CellAt(TableType.FA_SUMMARY, Side.INCOME, RowKeys.OPENING_BALANCE, Columns.AMOUNT),
            new CellAt(TableType.FA_SUMMARY, Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL, Columns.AMOUNT),
            new CellAt(TableType.FA_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.BASIC),
            new CellAt(TableType.FA_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.PROJECT),
            new CellAt(TableType.FA_GPB_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.TOTAL),
            new CellAt(TableType.FA_GPB_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.BASIC),
            new CellAt(TableType.FA_GPB_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.PROJECT),
            new CellAt(TableType.FA_GPB_BASIC_DETAIL, Side.NONE, RowKeys.PERSONNEL_TOTAL, Columns.PERSONNEL),
            new CellAt(TableType.FA_GPB_BASIC_DETAIL, Side.NONE, RowKeys.PUBLIC_TOTAL, Columns.PUBLIC),
            new CellAt(TableType.FA_THREE_PUBLIC, Side.NONE, RowKeys.TOTAL, Columns.FINAL));

    /** Computes the summary of a report from its tables. */
    public static Summary of(Report report) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return ofFinalAccounts(report);
        }
        Optional<DisclosureTable> projects = report.table(TableType.PROJECTS_CURRENT);
        return fromCells(report, BUDGET_CELLS,
                cell(report.table(TableType.OPERATING_COSTS), Side.NONE, RowKeys.TOTAL, Columns.TOTAL),
                report.procurement().total(),
                projects.map(Summary::projectCount).orElse(null),
                cell(projects, Side.NONE, RowKeys.TOTAL, Columns.TOTAL),
                cell(report.table(TableType.PROJECTS_CARRYOVER), Side.NONE, RowKeys.TOTAL, Columns.TOTAL));
    }

    /**
     * The key figures of final accounts ({@link #FINAL_ACCOUNTS_CELLS}), with 机关运行经费 and 政府采购 from 10 (from
     * the 情况说明 in templates without table 10). Projects are those evaluated (自评表); final accounts have no
     * project tables, so the project totals are null.
     */
    public static Summary ofFinalAccounts(Report report) {
        Optional<DisclosureTable> related = report.table(TableType.FA_RELATED_INFO);
        return fromCells(report, FINAL_ACCOUNTS_CELLS,
                related.isEmpty() ? scaled(report.narrative().finalAccounts().operatingCosts().amount())
                        : sumOf(related.get(), RowKeys.OPERATING_ADMINISTRATIVE, RowKeys.OPERATING_CIVIL_SERVICE_LIKE),
                related.isEmpty() ? scaled(report.procurement().total())
                        : cell(related, Side.NONE, RowKeys.PROCUREMENT_TOTAL, Columns.AMOUNT),
                null, null, null);
    }

    /** The summary whose first twelve figures are read from the cells given, the other five as given. */
    private static Summary fromCells(Report report, List<CellAt> cells, BigDecimal institutionOperating,
                                     BigDecimal procurementTotal, BigDecimal projectCount, BigDecimal projectTotal,
                                     BigDecimal carryoverProjectTotal) {
        BigDecimal[] v = new BigDecimal[cells.size()];
        for (int i = 0; i < v.length; i++) {
            CellAt at = cells.get(i);
            v[i] = cell(report.table(at.type()), at.side(), at.key(), at.column());
        }
        return new Summary(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
                institutionOperating, procurementTotal, projectCount, projectTotal, carryoverProjectTotal);
    }

    /** One published cell: the row with this key (on this side) of the table of this type, in this column. */
    private record CellAt(TableType type, Side side, String key, String column) {
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
