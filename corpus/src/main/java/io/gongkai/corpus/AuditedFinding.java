package io.gongkai.corpus;

import io.gongkai.batch.BatchTables;
import io.gongkai.batch.TableSchema;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** A narrative section number with its optional subsection: 五, 五(二), 十一(3). */
    private static final Pattern SECTION_NUMBER = Pattern.compile("([一二三四五六七八九十]+)(?:[(（]([^)）]+)[)）])?");
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
        Matcher at = SECTION_NUMBER.matcher(s);
        Matcher planted = SECTION_NUMBER.matcher(defect.section());
        if (at.lookingAt() && planted.matches()) {
            // 十一(3) is located by a finding in 十一(3) or in the whole of 十一 (情况说明 十一、国有资产占用情况),
            // never by one in 十 or 十一(1); a figure of 十 itself by a finding anywhere in 十.
            return at.group(1).equals(planted.group(1)) && (at.group(2) == null || planted.group(2) == null
                    || at.group(2).equals(planted.group(2)));
        }
        return s.startsWith(defect.section());
    }

    /** Whether the defect accounts for the finding: it locates it, or its rule fired on the planted model. */
    boolean explainedBy(PlantedDefect defect) {
        return defect != null && (locates(defect) || defect.expectedRules().contains(rule));
    }
}
