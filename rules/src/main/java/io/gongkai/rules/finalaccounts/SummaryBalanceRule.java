package io.gongkai.rules.finalaccounts;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
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
 * 公开01 and 04 balance. 01: on the income side 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计, on the expenditure side
 * 本年支出合计 + 结余分配 + 年末结转和结余 = 总计, and the two 总计 are equal.
 */
@RuleDoc(id = "FA-001", title = "收入支出决算总表收支平衡", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "决算总表的收入总计必须等于支出总计，且各由本年数与结转结余构成；不平衡说明表内数字有误。",
        basis = "财政部部门决算公开样表 公开01表：本年收入合计+使用非财政拨款结余+年初结转和结余=本年支出合计+结余分配+年末结转和结余")
public final class SummaryBalanceRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        fiscalBalance(report, sink);
        TableType t = TableType.FA_SUMMARY;
        Optional<TableRow> income = FaTables.row(report, t, Side.INCOME, RowKeys.INCOME_GRAND_TOTAL);
        Optional<TableRow> expenditure = FaTables.row(report, t, Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL);
        income.ifPresent(total -> FaTables.sum(sink, 1, total, Columns.AMOUNT, rows(report, Side.INCOME,
                RowKeys.CURRENT_INCOME_TOTAL, RowKeys.NON_FISCAL_BALANCE_USED, RowKeys.OPENING_BALANCE), Columns.AMOUNT,
                "本年收入合计、使用非财政拨款结余与年初结转和结余"));
        expenditure.ifPresent(total -> FaTables.sum(sink, 1, total, Columns.AMOUNT, rows(report, Side.EXPENDITURE,
                RowKeys.CURRENT_EXPENDITURE_TOTAL, RowKeys.BALANCE_DISTRIBUTION, RowKeys.CLOSING_BALANCE),
                Columns.AMOUNT, "本年支出合计、结余分配与年末结转和结余"));
        if (income.isPresent() && expenditure.isPresent()) {
            FaTables.equal(sink, 1, income.get(), Columns.AMOUNT, 1, expenditure.get(), Columns.AMOUNT);
        }
    }

    /** 公开04: 本年收入合计 + 年初财政拨款结转和结余 = 总计, 本年支出合计 + 年末 = 总计 (each column), 总计 equal. */
    private static void fiscalBalance(Report report, FindingSink sink) {
        FaTables.table(report, TableType.FA_FISCAL_SUMMARY).ifPresent(t -> {
            Optional<TableRow> income = t.row(Side.INCOME, RowKeys.INCOME_GRAND_TOTAL);
            Optional<TableRow> expenditure = t.row(Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL);
            income.ifPresent(total -> FaTables.sum(sink, 4, total, Columns.AMOUNT, present(t, Side.INCOME,
                    RowKeys.CURRENT_INCOME_TOTAL, RowKeys.OPENING_BALANCE), Columns.AMOUNT, "本年收入合计与年初结转和结余"));
            expenditure.ifPresent(total -> {
                for (String column : TableType.FA_FISCAL_SUMMARY.columns(Side.EXPENDITURE)) {
                    FaTables.sum(sink, 4, total, column, present(t, Side.EXPENDITURE,
                            RowKeys.CURRENT_EXPENDITURE_TOTAL, RowKeys.CLOSING_BALANCE), column,
                            "本年支出合计与年末结转和结余");
                }
            });
            if (income.isPresent() && expenditure.isPresent()) {
                FaTables.equal(sink, 4, income.get(), Columns.AMOUNT, 4, expenditure.get(), Columns.TOTAL);
            }
        });
    }

    private static List<TableRow> present(DisclosureTable t, Side side, String... keys) {
        List<TableRow> out = new ArrayList<>();
        for (String key : keys) {
            t.row(side, key).ifPresent(out::add);
        }
        return out;
    }

    private static List<TableRow> rows(Report report, Side side, String... keys) {
        List<TableRow> out = new ArrayList<>();
        for (String key : keys) {
            FaTables.row(report, TableType.FA_SUMMARY, side, key).ifPresent(out::add);
        }
        return out;
    }
}
