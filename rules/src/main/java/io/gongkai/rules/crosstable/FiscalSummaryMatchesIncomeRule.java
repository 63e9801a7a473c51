package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Table 4's expenditure (本年支出合计 and each 类, per source column) is table 2's income of the same source plus
 * the fiscal carry-over of that source (table 4 splits its 上年财政拨款结转 by source). Where the carry-over of a
 * source cannot be placed exactly (a source carries over only part of it, or table 4 does not split it), the
 * figure must lie between the income alone and the income plus all carry-over.
 */
@RuleDoc(id = "XTAB-015", title = "表4各类财政拨款支出等于表2同类同来源收入加该来源上年结转",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "财政拨款收支总表是收入总表中财政拨款部分（含财政拨款结转）按类的汇总；某类或某来源的金额不一致，"
                + "说明财政拨款的科目或来源归属有误。",
        basis = "DOMAIN.md 恒等式2、5；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FiscalSummaryMatchesIncomeRule extends BudgetRule {

    private static final List<String> SOURCES = List.of(Columns.GPB, Columns.FUND, Columns.SOE);
    private static final String IDENTITY = "表4财政拨款支出应等于表2同科目同来源本年收入加该来源的上年财政拨款结转";

    /** How much of a source's money table 4 adds as carry-over. */
    private enum Share { NONE, ALL, PART, UNKNOWN }

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        if (t.fiscal().isEmpty() || t.income().isEmpty()) {
            return;
        }
        SummaryRows fiscal = t.fiscal().get();
        IncomeRows income = t.income().get();
        Figure fiscalCarry = fiscal.income(RowKeys.CARRYOVER).map(r -> Figure.cell(4, r, Columns.AMOUNT))
                .orElse(null);
        Figure incomeCarry = income.figure(null, Columns.CARRYOVER);
        boolean allCarryFiscal = fiscalCarry != null && incomeCarry != null
                && !Figures.compare(fiscalCarry, incomeCarry).contradicts();
        List<String> columns = new ArrayList<>();
        if (fiscal.publishesAny(SOURCES)) {
            columns.addAll(SOURCES);
        }
        if (fiscal.publishesAny(List.of(Columns.SUBTOTAL))) {
            columns.add(Columns.SUBTOTAL);
        }
        for (String column : columns) {
            String[] incomeColumns = Columns.SUBTOTAL.equals(column) ? SOURCES.toArray(String[]::new)
                    : new String[] {column};
            Figure carry = carryOf(fiscal, column, fiscalCarry);
            Share share = share(carry, fiscalCarry);
            if (!totalRow(sink, fiscal, income, column, incomeColumns, carry, share, fiscalCarry)) {
                share = Share.NONE;
            }
            if (share == Share.ALL && !allCarryFiscal) {
                share = Share.PART;
            }
            for (String code : CodeUnion.of(fiscal.classes(), income.classes())) {
                classRow(sink, fiscal, income, code, column, incomeColumns, share);
            }
        }
    }

    /** Compares the 本年支出合计 row; false when table 4 evidently leaves the carry-over out of its expenditure. */
    private static boolean totalRow(FindingSink sink, SummaryRows fiscal, IncomeRows income, String column,
                                    String[] incomeColumns, Figure carry, Share share, Figure fiscalCarry) {
        Optional<TableRow> row = fiscal.expenditure(RowKeys.CURRENT_EXPENDITURE_TOTAL)
                .or(() -> fiscal.expenditure(RowKeys.EXPENDITURE_GRAND_TOTAL));
        Figure stated = row.map(r -> Figure.cell(4, r, column)).orElse(null);
        Figure own = income.figure(null, incomeColumns);
        if (stated == null || own == null) {
            return true;
        }
        Figure grand = grandTotal(fiscal, row.get(), column);
        if (addsUp(fiscal, row.get(), column)
                && (grand == null || addsUp(fiscal, grand.terms().get(0).row(), column))) {
            return true;
        }
        switch (share) {
            case NONE -> Figures.agree(sink, Arrays.asList(stated, grand, own), IDENTITY);
            case UNKNOWN -> {
                Figures.within(sink, own, stated, IDENTITY);
                Figures.within(sink, stated, own.plus(fiscalCarry), IDENTITY);
            }
            default -> {
                Figure expected = own.plus(carry);
                if (Figures.compare(stated, expected).contradicts() && !Figures.compare(stated, own).contradicts()) {
                    return false;
                }
                Figures.agree(sink, Arrays.asList(stated, grand, expected), IDENTITY);
            }
        }
        return true;
    }

    /**
     * Whether a 小计 cell needs no check of its own: table 4 prints the source columns and the 小计 is exactly their
     * sum, so comparing the sources has said everything.
     */
    private static boolean addsUp(SummaryRows fiscal, TableRow row, String column) {
        if (!Columns.SUBTOTAL.equals(column) || !fiscal.publishesAny(SOURCES)) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String source : SOURCES) {
            sum = sum.add(row.amount(source));
        }
        return sum.compareTo(row.amount(column)) == 0;
    }

    /** 支出总计 in the column, when it is a row of its own and nothing is carried to next year (年终结转). */
    private static Figure grandTotal(SummaryRows fiscal, TableRow current, String column) {
        Optional<TableRow> grand = fiscal.expenditure(RowKeys.EXPENDITURE_GRAND_TOTAL);
        boolean yearEnd = fiscal.expenditure(RowKeys.YEAR_END_CARRYOVER).map(r -> !r.amounts().isEmpty())
                .orElse(false);
        if (grand.isEmpty() || grand.get() == current || yearEnd) {
            return null;
        }
        return Figure.cell(4, grand.get(), column);
    }

    private static void classRow(FindingSink sink, SummaryRows fiscal, IncomeRows income, String code,
                                 String column, String[] incomeColumns, Share share) {
        Figure stated = fiscal.classFigure(code, column);
        Figure own = income.figure(code, incomeColumns);
        TableRow row = fiscal.classes().get(code);
        if (stated == null || own == null || row != null && addsUp(fiscal, row, column)) {
            return;
        }
        String[] withCarry = Arrays.copyOf(incomeColumns, incomeColumns.length + 1);
        withCarry[incomeColumns.length] = Columns.CARRYOVER;
        Figure ownAndCarry = income.figure(code, withCarry);
        switch (share) {
            case NONE -> Figures.agree(sink, Arrays.asList(stated, own), IDENTITY);
            case ALL -> Figures.agree(sink, Arrays.asList(stated, ownAndCarry), IDENTITY);
            default -> {
                Figures.within(sink, own, stated, IDENTITY);
                Figures.within(sink, stated, ownAndCarry, IDENTITY);
            }
        }
    }

    /** Table 4's carry-over of a source column (the whole fiscal carry-over for 小计), null when not split. */
    private static Figure carryOf(SummaryRows fiscal, String column, Figure fiscalCarry) {
        if (fiscalCarry == null || Columns.SUBTOTAL.equals(column)) {
            return fiscalCarry;
        }
        if (!fiscal.hasCarryoverSources()) {
            return null;
        }
        return fiscal.carryoverSource(column).map(r -> Figure.cell(4, r, Columns.AMOUNT))
                .orElse(Figure.none(4, "表4上年财政拨款结转中无该来源"));
    }

    private static Share share(Figure carry, Figure fiscalCarry) {
        if (fiscalCarry == null || fiscalCarry.value().signum() == 0) {
            return Share.NONE;
        }
        if (carry == null) {
            return Share.UNKNOWN;
        }
        if (carry.value().signum() == 0) {
            return Share.NONE;
        }
        return Figures.compare(carry, fiscalCarry).contradicts() ? Share.PART : Share.ALL;
    }
}
