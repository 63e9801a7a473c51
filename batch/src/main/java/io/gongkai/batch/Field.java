package io.gongkai.batch;

import java.io.Serializable;
/**
 * One column of a batch table (serializable for Spark). Every column is nullable: null means the document does
 * not say.
 *
 * @param name the column name (snake_case, valid in SQL, Parquet and CSV headers)
 * @param type the value type: {@link String}, {@link Integer} or {@link java.math.BigDecimal} in records
 */
public record Field(String name, FieldType type) implements Serializable {

    private static final long serialVersionUID = 1L;
}
