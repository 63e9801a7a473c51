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

/** 公开01 and 04: 本年收入合计 = Σ income sources; 本年支出合计 = Σ function 类 rows (each column in 04). */
@RuleDoc(id = "FA-002", title = "决算总表本年收入合计、本年支出合计等于各项之和", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "本年收入合计应等于各项收入之和，本年支出合计应等于各功能分类“类”级支出之和。",
        basis = "财政部部门决算公开样表 公开01表、公开04表")
public final class SummaryTotalsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (TableType type : List.of(TableType.FA_SUMMARY, TableType.FA_FISCAL_SUMMARY)) {
            FaTables.table(report, type).ifPresent(t -> {
                List<TableRow> sources = t.rows(Side.INCOME).stream().filter(r -> r.level() == 1).toList();
                List<TableRow> classes = t.rows(Side.EXPENDITURE).stream().filter(r -> r.level() == 1).toList();
                t.row(Side.INCOME, RowKeys.CURRENT_INCOME_TOTAL).ifPresent(total -> FaTables.sum(sink,
                        t.number(), total, Columns.AMOUNT, sources, Columns.AMOUNT, "各项收入"));
                t.row(Side.EXPENDITURE, RowKeys.CURRENT_EXPENDITURE_TOTAL).ifPresent(total -> {
                    for (String column : type.columns(Side.EXPENDITURE)) {
                        FaTables.sum(sink, t.number(), total, column, classes, column, "各类支出");
                    }
                });
            });
        }
    }
}
