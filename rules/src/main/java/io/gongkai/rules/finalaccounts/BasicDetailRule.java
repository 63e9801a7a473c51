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
 * 公开06: each group (301 工资福利支出 …) is the sum of its items; 人员经费合计 = 301 + 303, 公用经费合计 = the other
 * groups; 人员经费合计 + 公用经费合计 = 公开05 基本支出 合计.
 */
@RuleDoc(id = "FA-006", title = "基本支出决算明细表分组合计及与基本支出一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "基本支出明细表按经济分类列示人员经费与公用经费，其分组之和应等于合计，合计应等于一般公共预算财政拨款基本支出。",
        basis = "DOMAIN.md：人员经费 = 工资福利支出 + 对个人和家庭的补助；财政部部门决算公开样表 公开05、06表")
public final class BasicDetailRule implements Rule {

    private static final List<String> PERSONNEL_GROUPS = List.of("301", "303");

    @Override
    public void check(Report report, FindingSink sink) {
        Optional<DisclosureTable> found = FaTables.table(report, TableType.FA_GPB_BASIC_DETAIL);
        if (found.isEmpty()) {
            return;
        }
        DisclosureTable t = found.get();
        List<TableRow> groups = t.rows().stream().filter(r -> r.code() != null && r.code().length() == 3).toList();
        for (TableRow group : groups) {
            List<TableRow> items = t.rows().stream().filter(r -> r.code() != null && r.code().length() == 5
                    && r.code().startsWith(group.code())).toList();
            String column = column(group);
            if (!items.isEmpty()) {
                FaTables.sum(sink, 6, group, column, items, column, "其明细");
            }
        }
        Optional<TableRow> personnel = t.row(Side.NONE, RowKeys.PERSONNEL_TOTAL);
        Optional<TableRow> pub = t.row(Side.NONE, RowKeys.PUBLIC_TOTAL);
        personnel.ifPresent(p -> FaTables.sum(sink, 6, p, Columns.PERSONNEL, groups.stream()
                .filter(g -> PERSONNEL_GROUPS.contains(g.code())).toList(), Columns.PERSONNEL,
                "工资福利支出与对个人和家庭的补助"));
        pub.ifPresent(p -> FaTables.sum(sink, 6, p, Columns.PUBLIC, groups.stream()
                .filter(g -> !PERSONNEL_GROUPS.contains(g.code())).toList(), Columns.PUBLIC, "各公用经费分组"));
        Optional<TableRow> basic = FaTables.total(report, TableType.FA_GPB_EXPENDITURE);
        if (personnel.isPresent() && pub.isPresent() && basic.isPresent()) {
            BigDecimal sum = personnel.get().amount(Columns.PERSONNEL).add(pub.get().amount(Columns.PUBLIC));
            io.gongkai.rules.tolerance.Agreement agreement = io.gongkai.rules.tolerance.Tolerance.sum(
                    basic.get().amount(Columns.BASIC), List.of(personnel.get().amount(Columns.PERSONNEL),
                            pub.get().amount(Columns.PUBLIC)));
            FindingSink.Builder f = io.gongkai.rules.support.Verdicts.report(sink, agreement,
                    "表6人员经费合计与公用经费合计之和为" + sum.toPlainString() + "，表5基本支出为"
                            + basic.get().amount(Columns.BASIC).toPlainString());
            if (f != null) {
                f.at(new Location(6, "人员经费合计", Columns.PERSONNEL, null)).tables(5)
                        .values(basic.get().amount(Columns.BASIC), sum)
                        .evidence(6, personnel.get(), Columns.PERSONNEL).evidence(6, pub.get(), Columns.PUBLIC)
                        .evidence(5, basic.get(), Columns.BASIC);
            }
        }
    }

    private static String column(TableRow row) {
        return PERSONNEL_GROUPS.contains(row.code().substring(0, 3)) ? Columns.PERSONNEL : Columns.PUBLIC;
    }
}
