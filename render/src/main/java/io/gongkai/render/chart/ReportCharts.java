package io.gongkai.render.chart;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.render.chart.ChartData.Slice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The four charts of a report, from its tables. A chart whose table is missing or empty has no slices. */
public final class ReportCharts {

    private static final List<String> INCOME_KEYS = List.of(RowKeys.GPB, RowKeys.FUND, RowKeys.SOE, RowKeys.SPECIAL,
            RowKeys.UNIT);

    /** The income sources of 公开02 收入决算表, in printed order. */
    private static final List<String> FINAL_INCOME_COLUMNS = List.of(Columns.FISCAL, Columns.SUPERIOR,
            Columns.BUSINESS, Columns.OPERATING, Columns.AFFILIATED, Columns.OTHER);

    private static final Map<String, String> FINAL_COLUMN_LABELS = Map.of(Columns.FISCAL, "财政拨款收入",
            Columns.SUPERIOR, "上级补助收入", Columns.BUSINESS, "事业收入", Columns.OPERATING, "经营收入",
            Columns.AFFILIATED, "附属单位上缴收入", Columns.OTHER, "其他收入", Columns.BASIC, "基本支出",
            Columns.PROJECT, "项目支出");

    private ReportCharts() {
    }

    /** All four charts, in ChartKind order. */
    public static List<ChartData> of(Report report) {
        List<ChartData> out = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            out.add(of(report, kind));
        }
        return out;
    }

    /** One chart of a report. */
    public static ChartData of(Report report, ChartKind kind) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return new ChartData(kind, switch (kind) {
                case INCOME_BY_SOURCE -> columns(report.table(TableType.FA_INCOME), FINAL_INCOME_COLUMNS);
                case BASIC_VS_PROJECT -> columns(report.table(TableType.FA_EXPENDITURE),
                        List.of(Columns.BASIC, Columns.PROJECT));
                case GPB_BY_CLASS -> byClass(report.table(TableType.FA_GPB_EXPENDITURE));
                case THREE_PUBLIC -> finalThreePublic(report.table(TableType.FA_THREE_PUBLIC));
            }, true);
        }
        return new ChartData(kind, switch (kind) {
            case INCOME_BY_SOURCE -> income(report.table(TableType.BUDGET_SUMMARY));
            case BASIC_VS_PROJECT -> basicVsProject(report.table(TableType.EXPENDITURE_SUMMARY));
            case GPB_BY_CLASS -> byClass(report.table(TableType.GPB_EXPENDITURE));
            case THREE_PUBLIC -> threePublic(report.table(TableType.THREE_PUBLIC));
        });
    }

    private static List<Slice> income(Optional<DisclosureTable> table) {
        List<Slice> out = new ArrayList<>();
        table.ifPresent(t -> {
            for (String key : INCOME_KEYS) {
                t.row(Side.INCOME, key).ifPresent(r -> out.add(slice(r, Columns.AMOUNT)));
            }
            t.row(Side.INCOME, RowKeys.CARRYOVER).ifPresent(r -> out.add(slice(r, Columns.AMOUNT)));
        });
        return out;
    }

    /** The 合计 row's figures in the given columns, each named by its column (财政拨款收入, 基本支出 …). */
    private static List<Slice> columns(Optional<DisclosureTable> table, List<String> columns) {
        return table.flatMap(t -> t.row(RowKeys.TOTAL))
                .map(r -> columns.stream().filter(c -> r.amount(c) != null)
                        .map(c -> new Slice(FINAL_COLUMN_LABELS.get(c), r.amount(c))).toList())
                .orElse(List.of());
    }

    /** The 决算数 of each 三公 item of 公开09 (the two vehicle parts, not their sum). */
    private static List<Slice> finalThreePublic(Optional<DisclosureTable> table) {
        List<Slice> out = new ArrayList<>();
        table.ifPresent(t -> {
            for (String key : List.of(RowKeys.ABROAD, RowKeys.RECEPTION, RowKeys.VEHICLE_PURCHASE,
                    RowKeys.VEHICLE_OPERATION)) {
                t.row(key).filter(r -> r.amount(Columns.FINAL) != null)
                        .ifPresent(r -> out.add(slice(r, Columns.FINAL)));
            }
        });
        return out;
    }

    private static List<Slice> basicVsProject(Optional<DisclosureTable> table) {
        return table.flatMap(t -> t.row(RowKeys.TOTAL))
                .map(r -> List.of(new Slice("基本支出", r.amount(Columns.BASIC)),
                        new Slice("项目支出", r.amount(Columns.PROJECT))))
                .orElse(List.of());
    }

    private static List<Slice> byClass(Optional<DisclosureTable> table) {
        return table.map(t -> t.rows().stream()
                        .filter(r -> r.code() != null && r.code().length() == 3)
                        .map(r -> slice(r, Columns.TOTAL)).toList())
                .orElse(List.of());
    }

    private static List<Slice> threePublic(Optional<DisclosureTable> table) {
        List<Slice> out = new ArrayList<>();
        table.ifPresent(t -> {
            t.row(RowKeys.ABROAD).ifPresent(r -> out.add(slice(r, Columns.TOTAL)));
            t.row(RowKeys.RECEPTION).ifPresent(r -> out.add(slice(r, Columns.TOTAL)));
            Optional<TableRow> purchase = t.row(RowKeys.VEHICLE_PURCHASE);
            Optional<TableRow> operation = t.row(RowKeys.VEHICLE_OPERATION);
            if (purchase.isPresent() || operation.isPresent()) {
                purchase.ifPresent(r -> out.add(slice(r, Columns.TOTAL)));
                operation.ifPresent(r -> out.add(slice(r, Columns.TOTAL)));
            } else {
                t.row(RowKeys.VEHICLES).ifPresent(r -> out.add(slice(r, Columns.TOTAL)));
            }
        });
        return out;
    }

    private static Slice slice(TableRow row, String column) {
        return new Slice(label(row.name()), row.amount(column));
    }

    /** The row name without its ordinal (一、一般公共预算 → 一般公共预算; ①公务用车购置费 → 公务用车购置费). */
    static String label(String name) {
        String label = name.replaceFirst("^[一二三四五六七八九十]+、", "").replaceFirst("^[①②③④⑤]", "");
        return label.isEmpty() ? name : label;
    }

}
