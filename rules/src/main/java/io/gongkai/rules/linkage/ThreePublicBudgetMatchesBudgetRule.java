package io.gongkai.rules.linkage;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Each 三公 item's 预算数 in the final accounts' table 9 (财政拨款“三公”经费支出决算表) equals the 合计 of the same
 * item in the budget's table 10 (财政拨款安排“三公”经费支出预算表). The 预算数 of final accounts is the budget after
 * in-year adjustments, so a difference is a warning to explain, not an error.
 */
@RuleDoc(id = "LINK-002", title = "决算“三公”经费预算数与预算表10一致", category = Category.LINKAGE,
        severity = Severity.WARNING, kinds = {},
        rationale = "决算公开09表的“三公”预算数应与年初公开的预算表10一致；预算年度中经批准调整的，应在说明中说明调整原因，"
                + "否则公众无法判断“三公”经费是否超预算。",
        basis = "预算表10 各项合计 = 决算“三公”经费支出决算表 预算数（除非年度中调整）")
public final class ThreePublicBudgetMatchesBudgetRule implements PairRule {

    private static final List<String> ITEMS = List.of(RowKeys.TOTAL, RowKeys.ABROAD, RowKeys.VEHICLES,
            RowKeys.VEHICLE_PURCHASE, RowKeys.VEHICLE_OPERATION, RowKeys.RECEPTION);

    @Override
    public void check(ReportPair pair, FindingSink sink) {
        Optional<DisclosureTable> budgetTable = Tables.of(pair.budget(), TableType.THREE_PUBLIC);
        Optional<DisclosureTable> finalTable = Tables.of(pair.finalAccounts(), TableType.FA_THREE_PUBLIC);
        if (budgetTable.isEmpty() || finalTable.isEmpty() || finalTable.get().empty()) {
            return;
        }
        for (String item : ITEMS) {
            Optional<TableRow> budgeted = budgetTable.get().row(item);
            Optional<TableRow> stated = finalTable.get().row(item);
            BigDecimal expected = budgeted.isPresent() ? amount(budgeted.get(), Columns.TOTAL)
                    : unprinted(budgetTable.get(), item);
            if (stated.isEmpty() || expected == null) {
                continue;
            }
            BigDecimal actual = amount(stated.get(), Columns.BUDGET);
            FindingSink.Builder b = Verdicts.report(sink, Tolerance.equal(expected, actual),
                    "决算“三公”经费表「" + RowNames.of(stated.get()) + "」预算数" + actual.toPlainString()
                            + "万元，与" + pair.budget().year() + "年部门预算表10的" + expected.toPlainString()
                            + "万元不一致；如年度中调整了预算，应在决算说明中说明");
            if (b != null) {
                b.at(Location.cell(10, RowNames.of(stated.get()), Columns.TOTAL)).values(expected, actual);
                PairEvidence.finalAccounts(b, 9, stated.get(), Columns.BUDGET);
                budgeted.ifPresent(r -> PairEvidence.budget(b, 10, r, Columns.TOTAL));
            }
        }
    }

    /** A blank cell is zero. */
    private static BigDecimal amount(TableRow row, String column) {
        BigDecimal v = row.amount(column);
        return v == null ? BigDecimal.ZERO : v;
    }

    /**
     * The budget of an item table 10 prints no row for: zero, except the vehicle subtotal (its two parts) and the
     * total (unknown).
     */
    private static BigDecimal unprinted(DisclosureTable table, String item) {
        if (RowKeys.TOTAL.equals(item)) {
            return null;
        }
        if (RowKeys.VEHICLES.equals(item)) {
            return table.row(RowKeys.VEHICLE_PURCHASE).map(r -> amount(r, Columns.TOTAL)).orElse(BigDecimal.ZERO)
                    .add(table.row(RowKeys.VEHICLE_OPERATION).map(r -> amount(r, Columns.TOTAL))
                            .orElse(BigDecimal.ZERO));
        }
        return BigDecimal.ZERO;
    }
}
