package io.gongkai.corpus;

import io.gongkai.batch.BatchTables;
import io.gongkai.batch.TableSchema;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ERROR or WARNING finding of a corpus document as batch's {@link BatchTables#FINDINGS} record gives it, with
 * what the evaluation compares against the truth.
 *
 * @param rule the rule id
 * @param severity ERROR or WARNING
 * @param tables the numbers of the tables the finding involves
 * @param table the table of its location, or null
 * @param section the section of its location, or null
 */
record AuditedFinding(String rule, String severity, Set<Integer> tables, Integer table, String section) {

    private static final TableSchema SCHEMA = BatchTables.FINDINGS;
    private static final int RULE = SCHEMA.indexOf("rule");
    private static final int SEVERITY = SCHEMA.indexOf("severity");
    private static final int TABLES = SCHEMA.indexOf("tables");
    private static final int TABLE = SCHEMA.indexOf("location_table");
    private static final int SECTION = SCHEMA.indexOf("location_section");

    static AuditedFinding of(Object[] record) {
        String tables = (String) record[TABLES];
        Set<Integer> numbers = tables == null || tables.isBlank() ? Set.of()
                : Arrays.stream(tables.split(",")).map(String::trim).map(Integer::valueOf)
                        .collect(Collectors.toUnmodifiableSet());
        return new AuditedFinding((String) record[RULE], (String) record[SEVERITY], numbers,
                (Integer) record[TABLE], (String) record[SECTION]);
    }

    /** Whether it is an ERROR or a WARNING (INFO findings, rounding remarks among them, are not judged). */
    static boolean judged(Object[] record) {
        Object severity = record[SEVERITY];
        return "ERROR".equals(severity) || "WARNING".equals(severity);
    }

    /**
     * Whether the finding points at the planted defect: the same table (as its location or among the tables it
     * involves), or the same narrative section or goal table.
     */
    boolean locates(PlantedDefect defect) {
        if (defect.table() != null && (defect.table().equals(table) || tables.contains(defect.table()))) {
            return true;
        }
        if (defect.section() == null || section == null) {
            return false;
        }
        String s = section.startsWith("情况说明") ? section.substring("情况说明".length()).trim() : section;
        return s.equals(defect.section()) || s.startsWith(defect.section());
    }

    /** Whether the defect accounts for the finding: it locates it, or its rule fired on the planted model. */
    boolean explainedBy(PlantedDefect defect) {
        return defect != null && (locates(defect) || defect.expectedRules().contains(rule));
    }
}
