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

/** 公开02, 03 and 05: 合计 = Σ 类, each 类 = Σ its 款, each 款 = Σ its 项, in every column. */
@RuleDoc(id = "FA-004", title = "决算表科目层级合计一致（类=Σ款=Σ项）", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "功能分类科目的上级科目金额应等于其下级科目之和，合计应等于各类之和。",
        basis = "DOMAIN.md：类 = Σ款 = Σ项；财政部部门决算公开样表 公开02、03、05表")
public final class CodeHierarchyRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (TableType type : List.of(TableType.FA_INCOME, TableType.FA_EXPENDITURE, TableType.FA_GPB_EXPENDITURE)) {
            FaTables.table(report, type).ifPresent(t -> check(t, sink));
        }
    }

    private static void check(DisclosureTable t, FindingSink sink) {
        List<String> columns = t.type().columns(Side.NONE);
        t.row(Side.NONE, RowKeys.TOTAL).ifPresent(total -> {
            List<TableRow> classes = FaTables.level(t, 1);
            if (!classes.isEmpty()) {
                columns.forEach(c -> FaTables.sum(sink, t.number(), total, c, classes, c, "各类"));
            }
        });
        for (TableRow parent : t.rows()) {
            if (parent.code() == null || parent.level() >= 3) {
                continue;
            }
            List<TableRow> children = t.rows().stream().filter(r -> r.code() != null
                    && r.level() == parent.level() + 1 && r.code().startsWith(parent.code())).toList();
            if (!children.isEmpty()) {
                columns.forEach(c -> FaTables.sum(sink, t.number(), parent, c, children, c, "下级科目"));
            }
        }
    }
}
