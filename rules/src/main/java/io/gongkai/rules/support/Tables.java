package io.gongkai.rules.support;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The report's tables by type, found once per report: {@link Report#table} searches the tables with a stream on
 * every call, and the rules ask for tables hundreds of times per check. Same answers as {@link Report#table}.
 */
public final class Tables {

    private static final PerReport<Map<TableType, Optional<DisclosureTable>>> BY_TYPE = new PerReport<>(report -> {
        Map<TableType, Optional<DisclosureTable>> byType = new EnumMap<>(TableType.class);
        for (TableType type : TableType.values()) {
            byType.put(type, report.table(type));
        }
        return byType;
    });

    private Tables() {
    }

    /** The first table of the type, as {@link Report#table} finds it. */
    public static Optional<DisclosureTable> of(Report report, TableType type) {
        return type == null ? report.table(null) : BY_TYPE.of(report).get(type);
    }
}
