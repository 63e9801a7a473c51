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
 * Each row of 公开02, 03, 05, 07 and 08 adds up: 02 本年收入合计 = Σ sources; 03 合计 = 基本 + 项目 + 上缴上级 + 经营 +
 * 对附属单位补助; 05, 07, 08 小计 = 基本支出 + 项目支出.
 */
@RuleDoc(id = "FA-003", title = "决算表各行合计等于各栏之和", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "每一行的合计栏应等于其分栏之和，否则该行至少有一个数字有误。",
        basis = "财政部部门决算公开样表 公开02、03、05、07、08表")
public final class RowTotalsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        check(report, sink, TableType.FA_INCOME, List.of(Columns.FISCAL, Columns.SUPERIOR, Columns.BUSINESS,
                Columns.OPERATING, Columns.AFFILIATED, Columns.OTHER));
        check(report, sink, TableType.FA_EXPENDITURE, List.of(Columns.BASIC, Columns.PROJECT, Columns.TO_SUPERIOR,
                Columns.OPERATING, Columns.TO_AFFILIATED));
        for (TableType type : List.of(TableType.FA_GPB_EXPENDITURE, TableType.FA_FUND, TableType.FA_SOE)) {
            check(report, sink, type, List.of(Columns.BASIC, Columns.PROJECT));
        }
    }

    private static void check(Report report, FindingSink sink, TableType type, List<String> parts) {
        FaTables.table(report, type).ifPresent(t -> {
            for (TableRow row : t.rows()) {
                if (!row.has(Columns.TOTAL)) {
                    continue;
                }
                List<BigDecimal> values = new ArrayList<>();
                parts.stream().filter(row::has).forEach(c -> values.add(row.amount(c)));
                BigDecimal expected = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                FindingSink.Builder f = io.gongkai.rules.support.Verdicts.report(sink,
                        io.gongkai.rules.tolerance.Tolerance.sum(row.amount(Columns.TOTAL), values),
                        "表" + t.number() + "「" + io.gongkai.rules.RowNames.of(row) + "」合计为"
                                + row.amount(Columns.TOTAL).toPlainString() + "，各栏之和为" + expected.toPlainString());
                if (f != null) {
                    f.at(new Location(t.number(), io.gongkai.rules.RowNames.of(row), Columns.TOTAL, null))
                            .values(expected, row.amount(Columns.TOTAL)).evidence(t.number(), row, Columns.TOTAL);
                    parts.stream().filter(row::has).forEach(c -> f.evidence(t.number(), row, c));
                }
            }
        });
    }
}
