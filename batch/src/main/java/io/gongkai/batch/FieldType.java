package io.gongkai.batch;

/** The type of a column of the batch tables, as every output format and Spark map it. */
public enum FieldType {
    /** Text (UTF-8). */
    STRING,
    /** A 32-bit whole number (years, counts, table numbers). */
    INT,
    /**
     * Exact money (万元) or another exact figure: {@code DECIMAL(18,4)} in Parquet and Spark, the decimal string
     * as published in CSV and JSON lines. Never a floating-point number.
     */
    DECIMAL;

    /** Parquet and Spark store decimals with this many digits after the point. */
    public static final int DECIMAL_SCALE = 4;
    /** ... and this many digits in all (the most a 64-bit unscaled value holds). */
    public static final int DECIMAL_PRECISION = 18;
}
