package io.gongkai.author.derive;

import io.gongkai.author.BudgetData;
import io.gongkai.author.ExpenditureNature;
import io.gongkai.author.FundSource;
import io.gongkai.author.LineItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * The line items of a budget with the selections every table sums over: this year's money or carry-over, by
 * source, basic or project. Sums are exact yuan.
 */
final class Ledger {

    static final Predicate<LineItem> ALL = i -> true;
    static final Predicate<LineItem> CURRENT = i -> !i.carryover();
    static final Predicate<LineItem> CARRYOVER = LineItem::carryover;
    static final Predicate<LineItem> FISCAL = i -> i.source().fiscal();
    static final Predicate<LineItem> BASIC = i -> i.nature() == ExpenditureNature.BASIC;
    static final Predicate<LineItem> PROJECT = i -> i.nature() == ExpenditureNature.PROJECT;
    static final Predicate<LineItem> GPB = source(FundSource.GENERAL_PUBLIC_BUDGET);
    static final Predicate<LineItem> FUND = source(FundSource.GOVERNMENT_FUND);
    static final Predicate<LineItem> SOE = source(FundSource.STATE_CAPITAL);

    private final BudgetData data;

    Ledger(BudgetData data) {
        this.data = data;
    }

    BudgetData data() {
        return data;
    }

    List<LineItem> items() {
        return data.lineItems();
    }

    List<LineItem> items(Predicate<LineItem> selection) {
        return data.lineItems().stream().filter(selection).toList();
    }

    /** The exact sum of the selected items in yuan. */
    BigDecimal sum(Predicate<LineItem> selection) {
        return sum(data.lineItems(), selection);
    }

    static BigDecimal sum(List<LineItem> items, Predicate<LineItem> selection) {
        BigDecimal total = BigDecimal.ZERO;
        for (LineItem item : items) {
            if (selection.test(item)) {
                total = total.add(item.amount());
            }
        }
        return total;
    }

    /** Items of a source. */
    static Predicate<LineItem> source(FundSource source) {
        return i -> i.source() == source;
    }

    /** Items counted in a canonical source column (gpb, fund, soe, special, unit). */
    static Predicate<LineItem> column(String column) {
        return i -> i.source().column().equals(column);
    }

    /** Items whose functional code starts with the code (a 类, 款 or 项). */
    static Predicate<LineItem> function(String code) {
        return i -> i.functionCode().startsWith(code);
    }

    /** Items of a unit (null for the department itself). */
    static Predicate<LineItem> unit(String unit) {
        return i -> java.util.Objects.equals(i.unit(), unit);
    }

    /** Items of a project of a unit. */
    static Predicate<LineItem> project(String unit, String project) {
        return unit(unit).and(i -> project.equals(i.project()));
    }
}
