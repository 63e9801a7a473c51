package io.gongkai.rules.arithmetic;

import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.rules.classification.FunctionClasses;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure of the two-sided summary tables 1 and 4: the income side's current sources and the carry-over
 * split printed under 上年结转, and the expenditure side's 类 rows.
 */
final class SummarySides {

    private SummarySides() {
    }

    /**
     * The income rows printed before 上年结转 that are not summary rows, at their least level: the sources of the
     * current year (一、一般公共预算 … 五、单位资金), wherever a template prints 本年收入合计.
     */
    static List<TableRow> currentSources(DisclosureTable table) {
        List<TableRow> sources = new ArrayList<>();
        for (TableRow row : table.rows(Side.INCOME)) {
            if (row.isKey(RowKeys.CARRYOVER) || row.isKey(RowKeys.INCOME_GRAND_TOTAL)) {
                break;
            }
            if (!summary(row)) {
                sources.add(row);
            }
        }
        return leastLevel(sources);
    }

    /** The rows printed between 上年结转 and 收入总计 that split the carry-over by source, or none. */
    static List<TableRow> carryoverParts(DisclosureTable table) {
        List<TableRow> parts = new ArrayList<>();
        boolean inCarryover = false;
        for (TableRow row : table.rows(Side.INCOME)) {
            if (row.isKey(RowKeys.CARRYOVER)) {
                inCarryover = true;
            } else if (summary(row)) {
                inCarryover = false;
            } else if (inCarryover) {
                parts.add(row);
            }
        }
        return leastLevel(parts);
    }

    /** The part of the carry-over from one source (key gpb, fund, soe), or null when not printed. */
    static TableRow carryoverPart(DisclosureTable table, String sourceKey) {
        return carryoverParts(table).stream().filter(r -> r.isKey(sourceKey)).findFirst().orElse(null);
    }

    /** The current-year source row with a key (gpb, fund …), or null. */
    static TableRow currentSource(DisclosureTable table, String sourceKey) {
        return currentSources(table).stream().filter(r -> r.isKey(sourceKey)).findFirst().orElse(null);
    }

    /** The expenditure rows that are not summary rows, at their least level. */
    static List<TableRow> expenditureLines(DisclosureTable table) {
        return leastLevel(table.rows(Side.EXPENDITURE).stream().filter(r -> !summary(r)).toList());
    }

    /**
     * The expenditure rows that name a function 类 (by a 3-digit code or by name, ordinal ignored). A template
     * may print other lines on this side (基本支出, 项目支出), which these leave out.
     */
    static List<TableRow> classRows(DisclosureTable table, int year) {
        ClassificationCatalog catalogue = FunctionClasses.catalogue(year);
        return table.rows(Side.EXPENDITURE).stream().filter(r -> !summary(r))
                .filter(r -> r.code() != null && r.code().length() == 3
                        || FunctionClasses.classNamed(catalogue, r.name()).isPresent())
                .toList();
    }

    private static boolean summary(TableRow row) {
        return row.key() != null && Rows.SUMMARY_KEYS.contains(row.key());
    }

    private static List<TableRow> leastLevel(List<TableRow> rows) {
        int least = rows.stream().mapToInt(TableRow::level).min().orElse(0);
        return rows.stream().filter(r -> r.level() == least).toList();
    }
}
