package io.gongkai.rules.classification;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.catalog.classification.ClassificationLevel;
import io.gongkai.catalog.classification.EconomicMapping;
import io.gongkai.catalog.classification.UnitKind;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Location;
import io.gongkai.rules.support.PerReport;
import io.gongkai.rules.support.Tables;
import io.gongkai.rules.support.TextMemo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The economic rows of table 6 and what the catalogues say about them. */
final class EconomicRows {

    private EconomicRows() {
    }

    /** The table's rows other than 合计, in printed order; empty when the report has no table 6. */
    static List<TableRow> of(Report report) {
        return VIEW.of(report).rows();
    }

    /** The rows and the catalogue entries of each, read once per report: several rules look them up. */
    private record View(List<TableRow> rows, Map<TableRow, List<Classification>> entries) {
    }

    private static final PerReport<View> VIEW = new PerReport<>(report -> {
        List<TableRow> rows = read(report);
        Map<TableRow, List<Classification>> entries = new IdentityHashMap<>();
        for (TableRow row : rows) {
            try {
                entries.put(row, List.copyOf(lookUp(row)));
            } catch (RuntimeException odd) {
                // left to the rule that asks, so that the failure is reported by it as before
            }
        }
        return new View(rows, entries);
    });

    private static List<TableRow> read(Report report) {
        return Tables.of(report, TableType.GPB_BASIC_BY_ECONOMIC).map(t -> t.rows().stream()
                .filter(r -> !r.isKey(RowKeys.TOTAL)).filter(r -> r.name() != null && !r.name().isBlank())
                .toList()).orElse(List.of());
    }

    static boolean group(TableRow row) {
        return row.isKey(RowKeys.ECONOMIC_GROUP);
    }

    /** The catalogue a printed economic code belongs to: 5xx 政府, else 部门. */
    static ClassificationCatalog catalogueOf(String code) {
        return code.startsWith("5") ? ClassificationCatalog.economicGovernment()
                : ClassificationCatalog.economicDepartment();
    }

    /** The entries a row stands for: by its code when printed, else by name in either scheme, at its level. */
    static List<Classification> entries(Report report, TableRow row) {
        List<Classification> known = VIEW.of(report).entries().get(row);
        return known != null ? known : lookUp(row);
    }

    private static List<Classification> lookUp(TableRow row) {
        ClassificationLevel level = group(row) ? ClassificationLevel.CLASS : ClassificationLevel.SECTION;
        if (row.code() != null && !row.code().isBlank()) {
            return catalogueOf(row.code().strip()).byCode(row.code().strip()).map(List::of).orElse(List.of());
        }
        List<Classification> result = new ArrayList<>();
        for (ClassificationCatalog c : List.of(ClassificationCatalog.economicDepartment(),
                ClassificationCatalog.economicGovernment())) {
            c.byName(row.name()).stream().filter(e -> e.level() == level).forEach(result::add);
        }
        return result;
    }

    /** {@link EconomicMapping#kindsFor} of the standard mapping, by the pair's text: names repeat across reports. */
    private static final TextMemo<Set<UnitKind>> KINDS_FOR_PAIR = new TextMemo<>(pair -> {
        int split = pair.indexOf('\u0000');
        return Collections.unmodifiableSet(EconomicMapping.standard().kindsFor(pair.substring(0, split),
                pair.substring(split + 1)));
    });

    /**
     * The kinds of unit for which a printed pair (部门 name, 政府 name) is correct in the standard mapping, as
     * {@link EconomicMapping#kindsFor} gives them (looking both names up in the catalogues), remembered by pair.
     */
    static Set<UnitKind> kindsFor(String departmentName, String governmentName) {
        if (departmentName.indexOf('\u0000') >= 0) {
            return EconomicMapping.standard().kindsFor(departmentName, governmentName);
        }
        return KINDS_FOR_PAIR.apply(departmentName + '\u0000' + governmentName);
    }

    /** The row as the message names it: 部门 name, and 政府 name after ｜ when printed. */
    static String label(TableRow row) {
        String name = row.code() == null ? row.name() : row.code() + " " + row.name();
        return row.altName() == null ? name : name + "｜" + row.altName();
    }

    static Location at(TableRow row) {
        return new Location(TableType.GPB_BASIC_BY_ECONOMIC.number(), label(row), null, null);
    }
}
