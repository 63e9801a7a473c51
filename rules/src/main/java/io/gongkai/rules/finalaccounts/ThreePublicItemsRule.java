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
 * 公开09, for 预算数 and 决算数: 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费, and 公务用车购置及运行维护费
 * = 购置费 + 运行维护费.
 */
@RuleDoc(id = "FA-007", title = "“三公”经费决算表合计等于各项之和", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "“三公”经费由三项构成，公务用车费用又分购置与运行维护，预算数与决算数都应分别相加一致。",
        basis = "财政部部门决算公开样表 公开09表")
public final class ThreePublicItemsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        FaTables.table(report, TableType.FA_THREE_PUBLIC).ifPresent(t -> {
            for (String column : List.of(Columns.BUDGET, Columns.FINAL)) {
                t.row(RowKeys.TOTAL).ifPresent(total -> FaTables.sum(sink, 9, total, column, rows(t, RowKeys.ABROAD,
                        RowKeys.VEHICLES, RowKeys.RECEPTION), column, "三项经费"));
                t.row(RowKeys.VEHICLES).ifPresent(v -> FaTables.sum(sink, 9, v, column, rows(t,
                        RowKeys.VEHICLE_PURCHASE, RowKeys.VEHICLE_OPERATION), column, "购置费与运行维护费"));
            }
        });
    }

    private static List<TableRow> rows(DisclosureTable t, String... keys) {
        List<TableRow> out = new ArrayList<>();
        for (String key : keys) {
            t.row(key).ifPresent(out::add);
        }
        return out;
    }
}
