package io.gongkai.author.derive;

import static io.gongkai.author.derive.Rows.cells;

import io.gongkai.author.LineItem;
import io.gongkai.catalog.classification.Classification;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.SourceRef;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Tables 1 (预算收支总表) and 4 (财政拨款收支总表): income by source against expenditure by the 30 function 类, printed
 * side by side, so their rows alternate income, expenditure as the official layout pairs them.
 */
final class SummaryTables {

    private static final String[] INCOME_NAMES = {"一、一般公共预算", "二、政府性基金预算", "三、国有资本经营预算",
        "四、财政专户管理资金", "五、单位资金"};
    private static final String[] INCOME_KEYS = {RowKeys.GPB, RowKeys.FUND, RowKeys.SOE, RowKeys.SPECIAL,
        RowKeys.UNIT};
    private static final int FISCAL_SOURCES = 3;

    private final Ledger ledger;
    private final int year;

    SummaryTables(Ledger ledger) {
        this.ledger = ledger;
        this.year = ledger.data().year();
    }

    /** Table 1: all money; expenditure total = this year's budget + carry-over. */
    DisclosureTable budgetSummary() {
        List<TableRow> income = new ArrayList<>();
        for (int i = 0; i < INCOME_NAMES.length; i++) {
            income.add(Rows.of(Side.INCOME, null, INCOME_NAMES[i], null, 1, INCOME_KEYS[i],
                    cells(Columns.AMOUNT, ledger.sum(Ledger.CURRENT.and(Ledger.column(INCOME_KEYS[i]))))));
        }
        List<TableRow> expenditure = classRows(Ledger.ALL, c -> cells(
                Columns.TOTAL, ledger.sum(Ledger.function(c)),
                Columns.CURRENT, ledger.sum(Ledger.function(c).and(Ledger.CURRENT)),
                Columns.CARRYOVER, ledger.sum(Ledger.function(c).and(Ledger.CARRYOVER))));
        Predicate<LineItem> any = Ledger.ALL;
        BigDecimal current = ledger.sum(Ledger.CURRENT);
        BigDecimal carryover = ledger.sum(Ledger.CARRYOVER);
        BigDecimal total = ledger.sum(any);
        java.util.Map<String, BigDecimal> spending = cells(Columns.TOTAL, total, Columns.CURRENT, current,
                Columns.CARRYOVER, carryover);
        List<TableRow> rows = interleave(income, expenditure);
        rows.add(Rows.of(Side.INCOME, null, "本年收入合计", null, 0, RowKeys.CURRENT_INCOME_TOTAL,
                cells(Columns.AMOUNT, current)));
        rows.add(Rows.of(Side.EXPENDITURE, null, "本年支出合计", null, 0, RowKeys.CURRENT_EXPENDITURE_TOTAL, spending));
        rows.add(Rows.of(Side.INCOME, null, "上年结转", null, 0, RowKeys.CARRYOVER, cells(Columns.AMOUNT, carryover)));
        rows.add(Rows.of(Side.EXPENDITURE, null, "年终结转", null, 0, RowKeys.YEAR_END_CARRYOVER, cells()));
        rows.add(Rows.of(Side.INCOME, null, "收入总计", null, 0, RowKeys.INCOME_GRAND_TOTAL,
                cells(Columns.AMOUNT, total)));
        rows.add(Rows.of(Side.EXPENDITURE, null, "支出总计", null, 0, RowKeys.EXPENDITURE_GRAND_TOTAL, spending));
        return table(TableType.BUDGET_SUMMARY, rows, ledger.items().isEmpty());
    }

    /** Table 4: fiscal funds only (一般公共预算, 政府性基金, 国有资本经营), with fiscal carry-over by source. */
    DisclosureTable fiscalSummary() {
        List<TableRow> income = new ArrayList<>();
        for (int i = 0; i < FISCAL_SOURCES; i++) {
            income.add(Rows.of(Side.INCOME, null, INCOME_NAMES[i], null, 1, INCOME_KEYS[i],
                    cells(Columns.AMOUNT, ledger.sum(Ledger.CURRENT.and(Ledger.column(INCOME_KEYS[i]))))));
        }
        List<TableRow> expenditure = classRows(Ledger.FISCAL, c -> fiscalCells(Ledger.function(c)));
        BigDecimal current = ledger.sum(Ledger.CURRENT.and(Ledger.FISCAL));
        BigDecimal carryover = ledger.sum(Ledger.CARRYOVER.and(Ledger.FISCAL));
        BigDecimal total = ledger.sum(Ledger.FISCAL);
        List<TableRow> rows = interleave(income, expenditure);
        rows.add(Rows.of(Side.INCOME, null, "本年收入合计", null, 0, RowKeys.CURRENT_INCOME_TOTAL,
                cells(Columns.AMOUNT, current)));
        rows.add(Rows.of(Side.EXPENDITURE, null, "本年支出合计", null, 0, RowKeys.CURRENT_EXPENDITURE_TOTAL,
                fiscalCells(Ledger.ALL)));
        rows.add(Rows.of(Side.INCOME, null, "上年财政拨款结转", null, 0, RowKeys.CARRYOVER,
                cells(Columns.AMOUNT, carryover)));
        rows.add(Rows.of(Side.EXPENDITURE, null, "年终结转", null, 0, RowKeys.YEAR_END_CARRYOVER, cells()));
        for (int i = 0; i < FISCAL_SOURCES; i++) {
            rows.add(Rows.of(Side.INCOME, null, INCOME_NAMES[i], null, 2, INCOME_KEYS[i],
                    cells(Columns.AMOUNT, ledger.sum(Ledger.CARRYOVER.and(Ledger.column(INCOME_KEYS[i]))))));
        }
        rows.add(Rows.of(Side.INCOME, null, "收入总计", null, 0, RowKeys.INCOME_GRAND_TOTAL,
                cells(Columns.AMOUNT, total)));
        rows.add(Rows.of(Side.EXPENDITURE, null, "支出总计", null, 0, RowKeys.EXPENDITURE_GRAND_TOTAL,
                fiscalCells(Ledger.ALL)));
        return table(TableType.FISCAL_SUMMARY, rows, ledger.items(Ledger.FISCAL).isEmpty());
    }

    private java.util.Map<String, BigDecimal> fiscalCells(Predicate<LineItem> scope) {
        return cells(Columns.SUBTOTAL, ledger.sum(scope.and(Ledger.FISCAL)),
                Columns.GPB, ledger.sum(scope.and(Ledger.GPB)),
                Columns.FUND, ledger.sum(scope.and(Ledger.FUND)),
                Columns.SOE, ledger.sum(scope.and(Ledger.SOE)));
    }

    /** One row per 类 of the catalogue, numbered 一、 … 三十、, blank where the scope has no money. */
    private List<TableRow> classRows(Predicate<LineItem> scope,
                                     java.util.function.Function<String, java.util.Map<String, BigDecimal>> cells) {
        List<TableRow> rows = new ArrayList<>();
        int n = 0;
        for (Classification c : Catalogues.functionClasses(year)) {
            n++;
            boolean used = ledger.items().stream().anyMatch(scope.and(Ledger.function(c.code())));
            rows.add(Rows.of(Side.EXPENDITURE, null, ChineseOrdinal.of(n) + "、" + c.name(), null, 1, null,
                    used ? cells.apply(c.code()) : cells()));
        }
        return rows;
    }

    private static List<TableRow> interleave(List<TableRow> income, List<TableRow> expenditure) {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), expenditure.size()); i++) {
            if (i < income.size()) {
                rows.add(income.get(i));
            }
            if (i < expenditure.size()) {
                rows.add(expenditure.get(i));
            }
        }
        return rows;
    }

    private DisclosureTable table(TableType type, List<TableRow> rows, boolean empty) {
        return new DisclosureTable(type, TableTitle.of(year, type), empty, rows, SourceRef.NONE);
    }
}
