package io.gongkai.rules.finalaccounts;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tables of final accounts describe the same money: 02 本年收入合计 per code = 03 本年支出合计 per code (when no
 * balance is carried); 01 本年收入合计 = 02 合计; 01 类 = 03 类; 04 一般公共预算 per 类 and in total = 05 小计.
 */
@RuleDoc(id = "FA-005", title = "决算各表同一科目金额一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "收入决算表、支出决算表、总表与一般公共预算财政拨款支出决算表反映同一笔资金，同一科目的金额应一致。",
        basis = "财政部部门决算公开样表 公开01–05表的表间关系")
public final class TablesAgreeByCodeRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        Optional<DisclosureTable> income = FaTables.table(report, TableType.FA_INCOME);
        Optional<DisclosureTable> expenditure = FaTables.table(report, TableType.FA_EXPENDITURE);
        Optional<DisclosureTable> gpb = FaTables.table(report, TableType.FA_GPB_EXPENDITURE);
        Optional<DisclosureTable> summary = FaTables.table(report, TableType.FA_SUMMARY);
        Optional<DisclosureTable> fiscal = FaTables.table(report, TableType.FA_FISCAL_SUMMARY);
        boolean balances = summary.flatMap(t -> t.row(Side.INCOME, RowKeys.OPENING_BALANCE))
                .map(r -> r.amount(Columns.AMOUNT).signum() != 0).orElse(false)
                || summary.flatMap(t -> t.row(Side.EXPENDITURE, RowKeys.CLOSING_BALANCE))
                .map(r -> r.amount(Columns.AMOUNT).signum() != 0).orElse(false);
        if (income.isPresent() && expenditure.isPresent() && !balances) {
            byCode(sink, income.get(), expenditure.get());
        }
        if (summary.isPresent() && income.isPresent()) {
            summary.get().row(Side.INCOME, RowKeys.CURRENT_INCOME_TOTAL).ifPresent(a -> income.get()
                    .row(Side.NONE, RowKeys.TOTAL).ifPresent(b -> FaTables.equal(sink, 1, a, Columns.AMOUNT, 2, b,
                            Columns.TOTAL)));
        }
        if (summary.isPresent() && expenditure.isPresent()) {
            byClassName(sink, summary.get(), Columns.AMOUNT, expenditure.get());
        }
        if (fiscal.isPresent() && gpb.isPresent()) {
            byClassName(sink, fiscal.get(), Columns.GPB, gpb.get());
            fiscal.get().row(Side.EXPENDITURE, RowKeys.CURRENT_EXPENDITURE_TOTAL).ifPresent(a -> gpb.get()
                    .row(Side.NONE, RowKeys.TOTAL).ifPresent(b -> FaTables.equal(sink, 4, a, Columns.GPB, 5, b,
                            Columns.TOTAL)));
        }
    }

    private static void byCode(FindingSink sink, DisclosureTable a, DisclosureTable b) {
        for (TableRow row : a.rows()) {
            Optional<TableRow> other = row.code() == null
                    ? (RowKeys.TOTAL.equals(row.key()) ? b.row(Side.NONE, RowKeys.TOTAL) : Optional.empty())
                    : b.rowByCode(row.code());
            other.ifPresent(o -> FaTables.equal(sink, a.number(), row, Columns.TOTAL, b.number(), o, Columns.TOTAL));
        }
    }

    /** The 类 rows of a two-sided table (一、一般公共服务支出) against the 类 rows of a coded table, by name. */
    private static void byClassName(FindingSink sink, DisclosureTable summary, String column, DisclosureTable coded) {
        for (TableRow row : summary.rows(Side.EXPENDITURE)) {
            if (row.level() != 1) {
                continue;
            }
            String name = row.name().replaceFirst("^[一二三四五六七八九十]+、", "");
            Optional<TableRow> match = FaTables.level(coded, 1).stream().filter(r -> r.name().equals(name))
                    .findFirst();
            if (match.isPresent()) {
                FaTables.equal(sink, summary.number(), row, column, coded.number(), match.get(), Columns.TOTAL);
            } else if (row.amount(column).signum() != 0) {
                sink.add("表" + summary.number() + "「" + row.name() + "」为" + row.amount(column).toPlainString()
                                + "，表" + coded.number() + "没有这一类")
                        .at(new Location(summary.number(), row.name(), column, null)).tables(coded.number())
                        .values(BigDecimal.ZERO, row.amount(column)).evidence(summary.number(), row, column);
            }
        }
    }
}
