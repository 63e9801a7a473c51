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
import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.util.Map;

/**
 * Every amount and vehicle count the 情况说明 of final accounts states about a figure the tables publish equals that
 * figure: 收入/支出总计 (公开01), the income sources (02), the expenditure columns (03), each 类 (05), 基本支出 and
 * 人员经费/公用经费 (05, 06), the 三公 items (09, an empty table says zero), 机关运行经费, 政府采购 and vehicles (10).
 */
@RuleDoc(id = "FA-029", title = "说明中的每个金额和车辆数与表一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "说明复述报表数字时不得与报表不一致；逐个数字比对可发现抄录、改表未改说明等错误。",
        basis = "DOMAIN.md 恒等式11；财政部部门决算公开说明模板")
public final class NarrativeFactsMatchTablesRule implements Rule {

    private record Target(TableType table, Side side, String row, String column) {
    }

    private static final Map<String, Target> INCOME = Map.of(
            "收入合计", new Target(TableType.FA_INCOME, Side.NONE, RowKeys.TOTAL, Columns.TOTAL),
            "财政拨款收入", new Target(TableType.FA_INCOME, Side.NONE, RowKeys.TOTAL, Columns.FISCAL),
            "上级补助收入", new Target(TableType.FA_INCOME, Side.NONE, RowKeys.TOTAL, Columns.SUPERIOR),
            "事业收入", new Target(TableType.FA_INCOME, Side.NONE, RowKeys.TOTAL, Columns.BUSINESS),
            "经营收入", new Target(TableType.FA_INCOME, Side.NONE, RowKeys.TOTAL, Columns.OPERATING),
            "附属单位上缴收入", new Target(TableType.FA_INCOME, Side.NONE, RowKeys.TOTAL, Columns.AFFILIATED),
            "其他收入", new Target(TableType.FA_INCOME, Side.NONE, RowKeys.TOTAL, Columns.OTHER));
    private static final Map<String, Target> EXPENDITURE = Map.of(
            "支出合计", new Target(TableType.FA_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.TOTAL),
            "基本支出", new Target(TableType.FA_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.BASIC),
            "项目支出", new Target(TableType.FA_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.PROJECT),
            "上缴上级支出", new Target(TableType.FA_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.TO_SUPERIOR),
            "经营支出", new Target(TableType.FA_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.OPERATING),
            "对附属单位补助支出", new Target(TableType.FA_EXPENDITURE, Side.NONE, RowKeys.TOTAL,
                    Columns.TO_AFFILIATED));

    @Override
    public void check(Report report, FindingSink sink) {
        java.util.Set<String> threePublic = new java.util.HashSet<>();
        report.narrative().sections().stream().filter(s -> s.title().contains("三公"))
                .forEach(s -> threePublic.add(s.number()));
        for (NarrativeFact f : report.narrative().facts()) {
            if (f.kind() == FactKind.AMOUNT && "万元".equals(f.unit())) {
                String top = f.section().replaceFirst("\\(.*$", "");
                Target target = threePublic.contains(top) ? threePublic(f.subject()) : target(f);
                if (target != null) {
                    compare(report, sink, f, target);
                } else if (f.subject().endsWith("(类)") || f.subject().endsWith("（类）")) {
                    String name = f.subject().replaceFirst("[(（]类[)）]$", "");
                    FaTables.gpbClassNamed(report, name).ifPresent(r -> check(sink, f, 5, r, Columns.TOTAL,
                            r.amount(Columns.TOTAL)));
                } else if (f.section().startsWith("十") && f.subject().contains("机关运行经费")) {
                    operating(report, sink, f);
                }
            } else if (f.kind() == FactKind.COUNT && "辆".equals(f.unit()) && f.section().startsWith("十")) {
                vehicles(report, sink, f);
            }
        }
    }

    private static Target target(NarrativeFact f) {
        String s = f.subject();
        String section = f.section();
        if (section.equals("一")) {
            return s.endsWith("收入总计") ? new Target(TableType.FA_SUMMARY, Side.INCOME, RowKeys.INCOME_GRAND_TOTAL,
                    Columns.AMOUNT) : s.endsWith("支出总计") ? new Target(TableType.FA_SUMMARY, Side.EXPENDITURE,
                    RowKeys.EXPENDITURE_GRAND_TOTAL, Columns.AMOUNT) : null;
        }
        if (section.equals("二")) {
            return INCOME.get(s);
        }
        if (section.equals("三")) {
            return EXPENDITURE.get(s);
        }
        if (section.startsWith("三(") && s.equals("支出决算")) {
            return new Target(TableType.FA_GPB_EXPENDITURE, Side.NONE, RowKeys.TOTAL, Columns.TOTAL);
        }
        if (section.startsWith("六")) {
            return s.endsWith("基本支出") ? new Target(TableType.FA_GPB_EXPENDITURE, Side.NONE, RowKeys.TOTAL,
                    Columns.BASIC) : s.endsWith("人员经费") ? new Target(TableType.FA_GPB_BASIC_DETAIL, Side.NONE,
                    RowKeys.PERSONNEL_TOTAL, Columns.PERSONNEL) : s.endsWith("公用经费") ? new Target(
                    TableType.FA_GPB_BASIC_DETAIL, Side.NONE, RowKeys.PUBLIC_TOTAL, Columns.PUBLIC) : null;
        }
        if (section.startsWith("十")) {
            return s.contains("采购支出总额") ? related(RowKeys.PROCUREMENT_TOTAL)
                    : s.contains("采购货物") ? related(RowKeys.PROCUREMENT_GOODS)
                    : s.contains("采购工程") ? related(RowKeys.PROCUREMENT_WORKS)
                    : s.contains("采购服务") ? related(RowKeys.PROCUREMENT_SERVICES) : null;
        }
        return null;
    }

    private static Target threePublic(String s) {
        if (s.contains("国内") || s.contains("外事") || s.contains("境）外")) {
            return null;
        }
        String key = s.contains("出国") ? RowKeys.ABROAD : s.contains("购置") ? RowKeys.VEHICLE_PURCHASE
                : s.contains("运行维护") ? RowKeys.VEHICLE_OPERATION : s.contains("接待") ? RowKeys.RECEPTION
                : s.equals("支出决算") ? RowKeys.TOTAL : null;
        if (key == null && s.contains("三公") && s.endsWith("全年预算")) {
            return new Target(TableType.FA_THREE_PUBLIC, Side.NONE, RowKeys.TOTAL, Columns.BUDGET);
        }
        return key == null ? null : new Target(TableType.FA_THREE_PUBLIC, Side.NONE, key, Columns.FINAL);
    }

    private static Target related(String key) {
        return new Target(TableType.FA_RELATED_INFO, Side.NONE, key, Columns.AMOUNT);
    }

    private static void compare(Report report, FindingSink sink, NarrativeFact f, Target target) {
        Optional<DisclosureTable> table = FaTables.table(report, target.table());
        if (table.isEmpty()) {
            return;
        }
        Optional<TableRow> row = table.get().row(target.side(), target.row());
        if (row.isPresent()) {
            check(sink, f, table.get().number(), row.get(), target.column(), row.get().amount(target.column()));
        } else if (table.get().empty() || table.get().rows().isEmpty()) {
            check(sink, f, table.get().number(), null, target.column(), BigDecimal.ZERO);
        }
    }

    private static void operating(Report report, FindingSink sink, NarrativeFact f) {
        BigDecimal administrative = FaTables.related(report, RowKeys.OPERATING_ADMINISTRATIVE);
        BigDecimal civil = FaTables.related(report, RowKeys.OPERATING_CIVIL_SERVICE_LIKE);
        if (administrative != null || civil != null) {
            BigDecimal sum = (administrative == null ? BigDecimal.ZERO : administrative)
                    .add(civil == null ? BigDecimal.ZERO : civil);
            check(sink, f, 10, null, Columns.AMOUNT, sum);
        }
    }

    private static void vehicles(Report report, FindingSink sink, NarrativeFact f) {
        FaTables.table(report, TableType.FA_RELATED_INFO).ifPresent(t -> {
            Optional<TableRow> row = f.subject().equals("车辆") || f.subject().endsWith("共有车辆")
                    ? t.row(RowKeys.VEHICLES_HELD)
                    : t.rows().stream().filter(r -> RowKeys.VEHICLE_CATEGORY.equals(r.key()) && !f.subject().isEmpty()
                    && r.name().endsWith(f.subject())).findFirst();
            row.ifPresent(r -> check(sink, f, 10, r, Columns.AMOUNT, r.amount(Columns.AMOUNT)));
        });
    }

    private static void check(FindingSink sink, NarrativeFact f, int table, TableRow row, String column,
                              BigDecimal value) {
        Agreement agreement = Tolerance.equal(f.value(), value);
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        FindingSink.Builder b = Verdicts.report(sink, agreement, "情况说明" + f.section() + "「" + f.subject() + "」为"
                + f.value().toPlainString() + f.unit() + "，表" + table
                + (row == null ? "" : "「" + io.gongkai.rules.RowNames.of(row) + "」") + "为" + value.toPlainString());
        if (b != null) {
            b.at(new Location(table, f.subject(), column, f.section())).values(value, f.value())
                    .evidence("情况说明" + f.section() + "「" + f.subject() + "」", f.value().toPlainString(), f.source());
            if (row != null) {
                b.evidence(table, row, column);
            }
        }
    }
}
