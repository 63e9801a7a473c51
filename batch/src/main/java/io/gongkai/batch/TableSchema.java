package io.gongkai.batch;

import java.io.Serializable;
import java.util.List;

/**
 * The columns of one batch table. A record of the table is an {@code Object[]} with one value per field, in
 * field order: {@link String}, {@link Integer} or {@link java.math.BigDecimal} by the field's type, or null.
 *
 * @param name the table name, also its directory in the output ({@code reports}, {@code rows} …)
 * @param fields the columns in order
 */
public record TableSchema(String name, List<Field> fields) implements Serializable {

    private static final long serialVersionUID = 1L;

    public TableSchema {
        fields = List.copyOf(fields);
    }

    /** The position of a column by name. */
    public int indexOf(String field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + field + " in table " + name);
    }
}
