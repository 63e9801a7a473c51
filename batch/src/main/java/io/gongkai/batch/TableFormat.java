package io.gongkai.batch;

import java.util.Locale;

/** The file format of the batch tables. */
public enum TableFormat {
    /** Apache Parquet (SNAPPY), decimals as {@code DECIMAL(18,4)}. */
    PARQUET("parquet"),
    /** CSV with a header line (RFC 4180 quoting, UTF-8). */
    CSV("csv"),
    /** One JSON object per line, decimals as strings. */
    JSONL("jsonl");

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension of a part file, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named by an extension or option value (parquet, csv, jsonl). */
    public static TableFormat of(String name) {
        for (TableFormat f : values()) {
            if (f.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("未知的表格格式「" + name + "」，应为 parquet、csv 或 jsonl / unknown table format '"
                + name + "'; use parquet, csv or jsonl");
    }
}
