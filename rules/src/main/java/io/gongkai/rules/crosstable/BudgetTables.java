package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.support.PerReport;
import io.gongkai.rules.support.Tables;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tables of one budget report, each read once into the view the cross-table rules compare. */
final class BudgetTables {

    private final Report report;
    private final Optional<SummaryRows> summary;
    private final Optional<IncomeRows> income;
    private final Optional<SummaryRows> fiscal;

    private final Map<TableType, Optional<DisclosureTable>> tables = new EnumMap<>(TableType.class);
    private final Map<TableType, Optional<CodedRows>> coded = new EnumMap<>(TableType.class);
    private final Map<TableType, Optional<TableRow>> totals = new EnumMap<>(TableType.class);

    /** The views of one report, shared by every cross-table rule checking it (computed once per report). */
    private static final PerReport<BudgetTables> SHARED = new PerReport<>(BudgetTables::new);

    /** The shared, read-only views of a report. */
    static BudgetTables of(Report report) {
        return SHARED.of(report);
    }

    BudgetTables(Report report) {
        this.report = report;
        for (TableType type : TableType.values()) {
            Optional<DisclosureTable> table = Tables.of(report, type);
            tables.put(type, table);
            Side side = type == TableType.SOE_BUDGET ? Side.EXPENDITURE : Side.NONE;
            coded.put(type, table.map(t -> CodedRows.of(t, side)));
            totals.put(type, table.flatMap(t -> t.rows().stream().filter(r -> r.isKey(RowKeys.TOTAL)).findFirst()));
        }
        this.summary = SummaryRows.of(tables.get(TableType.BUDGET_SUMMARY), report.year());
        this.income = IncomeRows.of(tables.get(TableType.INCOME_SUMMARY));
        this.fiscal = SummaryRows.of(tables.get(TableType.FISCAL_SUMMARY), report.year());
    }

    Report report() {
        return report;
    }

    /** Table 1 预算收支总表. */
    Optional<SummaryRows> summary() {
        return summary;
    }

    /** Table 2 预算收入总表. */
    Optional<IncomeRows> income() {
        return income;
    }

    /** Table 4 财政拨款收支总表. */
    Optional<SummaryRows> fiscal() {
        return fiscal;
    }

    /** A table of function-code rows (3, 5, 8; 9 on its expenditure side). */
    Optional<CodedRows> coded(TableType type) {
        return coded.get(type);
    }

    Optional<DisclosureTable> table(TableType type) {
        return tables.get(type);
    }

    /** The 合计 row of a table (on a side, for two-sided tables), when printed. */
    Optional<TableRow> total(TableType type, Side side) {
        if (side == Side.NONE) {
            return totals.get(type);
        }
        return tables.get(type).flatMap(t -> t.rows().stream()
                .filter(r -> r.isKey(RowKeys.TOTAL) && r.side() == side).findFirst());
    }

    /** The 合计 cell of a table as a figure, or null when the table or its 合计 row is missing. */
    Figure totalFigure(TableType type, Side side, String column) {
        return total(type, side).map(r -> Figure.cell(type.number(), r, column)).orElse(null);
    }

    /** Table 1's income from a source this year (一、一般公共预算 …), or null. */
    Figure summarySource(String source) {
        return summary.flatMap(s -> s.currentSource(source))
                .map(r -> Figure.cell(1, r, Columns.AMOUNT)).orElse(null);
    }

    /** Table 4's income from a fiscal source this year, or null. */
    Figure fiscalSource(String source) {
        return fiscal.flatMap(s -> s.currentSource(source))
                .map(r -> Figure.cell(4, r, Columns.AMOUNT)).orElse(null);
    }

    /** Table 2's 合计 in a source column, or null. */
    Figure incomeTotal(String column) {
        return income.map(i -> i.figure(null, column)).orElse(null);
    }

    /** Table 1's income-side row with a key (上年结转, 本年收入合计 …) as a figure, or null. */
    Figure summaryIncome(String key) {
        return summary.flatMap(s -> s.income(key)).map(r -> Figure.cell(1, r, Columns.AMOUNT)).orElse(null);
    }

    /**
     * A cell of the 合计 (department) row of a project table (12 or 13) as a figure: the row's cell, a zero for a
     * table published without data, the sum of its unit rows when no 合计 row is printed, or null when the
     * document lacks the table.
     */
    Figure projectTotal(TableType type, String column) {
        Optional<DisclosureTable> table = tables.get(type);
        if (table.isEmpty()) {
            return null;
        }
        int n = type.number();
        Optional<TableRow> total = table.get().row(RowKeys.TOTAL);
        if (total.isPresent()) {
            return Figure.cell(n, total.get(), column);
        }
        for (String level : new String[] {RowKeys.UNIT_SUBTOTAL, RowKeys.PROJECT}) {
            Figure sum = null;
            for (TableRow row : table.get().rows()) {
                if (row.isKey(level)) {
                    sum = sum == null ? Figure.cell(n, row, column) : sum.plus(n, row, column);
                }
            }
            if (sum != null) {
                return sum;
            }
        }
        return Figure.none(n, "表" + n + "（无数据，视为0）");
    }

    /** Whether a project table prints amounts by source (一般公共预算 …), or is empty (zero in every column). */
    boolean projectSourcesPrinted(TableType type) {
        Optional<DisclosureTable> table = tables.get(type);
        if (table.isEmpty()) {
            return false;
        }
        boolean anyMoney = table.get().rows().stream().anyMatch(r -> !r.amounts().isEmpty());
        return !anyMoney || table.get().rows().stream().anyMatch(r -> IncomeRows.SOURCES.stream().anyMatch(r::has));
    }

    /** The carry-over (上年结转) of table 1, else of table 2; null when neither publishes it. */
    Figure carryover() {
        Figure summary = summaryIncome(RowKeys.CARRYOVER);
        return summary != null ? summary : incomeTotal(Columns.CARRYOVER);
    }

    /**
     * Table 1's expenditure totals (本年支出合计, 支出总计) in a column of its split (当年预算安排, 上年结转安排), when
     * table 1 prints the split; they publish this year's income and the carry-over once more.
     */
    List<Figure> summarySplit(String column) {
        List<Figure> figures = new ArrayList<>();
        summary.filter(s -> s.publishesAny(List.of(Columns.CURRENT, Columns.CARRYOVER))).ifPresent(s -> {
            for (String key : List.of(RowKeys.CURRENT_EXPENDITURE_TOTAL, RowKeys.EXPENDITURE_GRAND_TOTAL)) {
                s.expenditure(key).ifPresent(r -> figures.add(Figure.cell(1, r, column)));
            }
        });
        return figures;
    }
}
