package io.gongkai.author.derive;

import static io.gongkai.author.derive.Rows.cells;

import io.gongkai.author.IncomeItem;
import io.gongkai.author.LineItem;
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
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The tables by functional classification (2, 3, 5, 8 and the expenditure side of 9) and the income tables 7 and 9:
 * a 合计 row, then each 类 followed by its 款 and each 款 by its 项, in code order, for the codes the table's money
 * touches.
 */
final class ClassifiedTables {

    private final Ledger ledger;
    private final int year;

    ClassifiedTables(Ledger ledger) {
        this.ledger = ledger;
        this.year = ledger.data().year();
    }

    /** Table 2: this year's income by source per code, and carry-over in its own column. */
    DisclosureTable incomeSummary() {
        List<TableRow> rows = codeRows(Side.NONE, Ledger.ALL, scope -> cells(
                Columns.TOTAL, ledger.sum(scope.and(Ledger.CURRENT)),
                Columns.GPB, ledger.sum(scope.and(Ledger.CURRENT).and(Ledger.column(Columns.GPB))),
                Columns.FUND, ledger.sum(scope.and(Ledger.CURRENT).and(Ledger.column(Columns.FUND))),
                Columns.SOE, ledger.sum(scope.and(Ledger.CURRENT).and(Ledger.column(Columns.SOE))),
                Columns.SPECIAL, ledger.sum(scope.and(Ledger.CURRENT).and(Ledger.column(Columns.SPECIAL))),
                Columns.UNIT, ledger.sum(scope.and(Ledger.CURRENT).and(Ledger.column(Columns.UNIT))),
                Columns.CARRYOVER, ledger.sum(scope.and(Ledger.CARRYOVER))));
        return table(TableType.INCOME_SUMMARY, rows, ledger.items().isEmpty());
    }

    /** Table 3: all expenditure, carry-over included, split into basic and project. */
    DisclosureTable expenditureSummary() {
        return table(TableType.EXPENDITURE_SUMMARY, codeRows(Side.NONE, Ledger.ALL, this::basicAndProject),
                ledger.items().isEmpty());
    }

    /** Table 5: this year's 一般公共预算. */
    DisclosureTable gpbExpenditure() {
        Predicate<LineItem> scope = Ledger.CURRENT.and(Ledger.GPB);
        return table(TableType.GPB_EXPENDITURE, codeRows(Side.NONE, scope, this::basicAndProject),
                ledger.items(scope).isEmpty());
    }

    /** Table 8: this year's 政府性基金预算. */
    DisclosureTable fundExpenditure() {
        Predicate<LineItem> scope = Ledger.CURRENT.and(Ledger.FUND);
        return table(TableType.FUND_EXPENDITURE, codeRows(Side.NONE, scope, this::basicAndProject),
                ledger.items(scope).isEmpty());
    }

    /** Table 7: this year's 政府性基金预算 income, by the income rows the data give. */
    DisclosureTable fundIncome() {
        BigDecimal total = ledger.sum(Ledger.CURRENT.and(Ledger.FUND));
        List<TableRow> rows = new ArrayList<>();
        rows.add(Rows.of(Side.NONE, null, "合计", null, 0, RowKeys.TOTAL, cells(Columns.AMOUNT, total)));
        rows.addAll(incomeRows(Side.NONE, ledger.data().fundIncome()));
        return table(TableType.FUND_INCOME, rows, total.signum() == 0);
    }

    /** Table 9: 国有资本经营预算 income rows and this year's expenditure by code. */
    DisclosureTable soeBudget() {
        Predicate<LineItem> scope = Ledger.CURRENT.and(Ledger.SOE);
        BigDecimal total = ledger.sum(scope);
        List<TableRow> rows = new ArrayList<>();
        rows.add(Rows.of(Side.INCOME, null, "合计", null, 0, RowKeys.TOTAL, cells(Columns.AMOUNT, total)));
        rows.addAll(incomeRows(Side.INCOME, ledger.data().soeIncome()));
        rows.addAll(codeRows(Side.EXPENDITURE, scope, this::basicAndProject));
        return table(TableType.SOE_BUDGET, rows, total.signum() == 0);
    }

    private Map<String, BigDecimal> basicAndProject(Predicate<LineItem> scope) {
        return cells(Columns.TOTAL, ledger.sum(scope),
                Columns.BASIC, ledger.sum(scope.and(Ledger.BASIC)),
                Columns.PROJECT, ledger.sum(scope.and(Ledger.PROJECT)));
    }

    private static List<TableRow> incomeRows(Side side, List<IncomeItem> items) {
        List<TableRow> rows = new ArrayList<>();
        for (IncomeItem item : items) {
            rows.add(Rows.of(side, item.code(), item.name(), null, levelOf(item.code()), null,
                    cells(Columns.AMOUNT, item.amount())));
        }
        return rows;
    }

    /** The level of a classification code by its length: 类 3 digits, 款 5, 项 7; 1 without a code. */
    private static int levelOf(String code) {
        if (code == null) {
            return 1;
        }
        return code.length() >= 7 ? 3 : code.length() >= 5 ? 2 : 1;
    }

    /** The 合计 row and one row per 类, 款 and 项 the scope's items fall in. */
    private List<TableRow> codeRows(Side side, Predicate<LineItem> scope,
                                    Function<Predicate<LineItem>, Map<String, BigDecimal>> cells) {
        List<TableRow> rows = new ArrayList<>();
        rows.add(Rows.of(side, null, "合计", null, 0, RowKeys.TOTAL, cells.apply(scope)));
        TreeSet<String> codes = new TreeSet<>();
        for (LineItem item : ledger.items(scope)) {
            codes.add(item.functionClass());
            codes.add(item.functionSection());
            codes.add(item.functionCode());
        }
        for (String code : codes) {
            int level = levelOf(code);
            rows.add(Rows.of(side, code, Catalogues.functionName(year, code), null, level, null,
                    cells.apply(scope.and(Ledger.function(code)))));
        }
        return rows;
    }

    private DisclosureTable table(TableType type, List<TableRow> rows, boolean empty) {
        return new DisclosureTable(type, TableTitle.of(year, type), empty, rows, SourceRef.NONE);
    }
}
