package io.gongkai.batch;

import io.gongkai.model.Summary;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The four tables a batch or Spark run writes: one row per report with its key figures, one per published table
 * cell, one per finding, and one per file that could not be read. {@code file} joins them.
 */
public final class BatchTables {

    /** Key figures: the fields of model {@link Summary} (snake_case), unit, year, kind, file, counts. */
    public static final TableSchema REPORTS = new TableSchema("reports", reportFields());

    /** Every amount of every table row: file, table number, side, code, name, level, column, amount. */
    public static final TableSchema ROWS = new TableSchema("rows", List.of(
            str("file"), integer("year"), str("region"), integer("table_number"), integer("row_index"),
            str("side"), str("code"), str("name"), str("alt_name"), integer("level"), str("row_key"),
            str("column_name"), decimal("amount")));

    /** The findings with the fields of {@code gongkai check --format json}; {@code tables} as "1,3". */
    public static final TableSchema FINDINGS = new TableSchema("findings", List.of(
            str("file"), integer("year"), str("region"), integer("finding_index"), str("rule"), str("severity"),
            str("category"), str("message"), str("tables"), integer("location_table"), str("location_row"),
            str("location_column"), str("location_section"), str("location"), str("expected"), str("actual"),
            str("difference"), str("basis")));

    /** Files that could not be read, with the bilingual message a user would see. */
    public static final TableSchema ERRORS = new TableSchema("errors", List.of(
            str("file"), str("sha256"), str("message")));

    /** All four, in the order they are written. */
    public static final List<TableSchema> ALL = List.of(REPORTS, ROWS, FINDINGS, ERRORS);

    /** The Summary fields in their record order, as column names. */
    static final List<RecordComponent> SUMMARY_COMPONENTS = List.of(Summary.class.getRecordComponents());

    private BatchTables() {
    }

    private static List<Field> reportFields() {
        List<Field> fields = new ArrayList<>(List.of(str("file"), str("sha256"), str("kind"), integer("year"),
                str("region"), str("unit_name"), str("unit_code"), str("unit_type")));
        for (RecordComponent c : Summary.class.getRecordComponents()) {
            fields.add(decimal(snakeCase(c.getName())));
        }
        fields.addAll(List.of(integer("table_count"), integer("row_count"), integer("performance_goal_count"),
                integer("ingest_issue_count"), integer("error_count"), integer("warning_count"),
                integer("info_count")));
        return fields;
    }

    /** incomeTotal → income_total. */
    static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Field str(String name) {
        return new Field(name, FieldType.STRING);
    }

    private static Field integer(String name) {
        return new Field(name, FieldType.INT);
    }

    private static Field decimal(String name) {
        return new Field(name, FieldType.DECIMAL);
    }
}
