package io.gongkai.rules;

import io.gongkai.model.TableRow;

/** How a row is named in messages: its code and name as printed. */
public final class RowNames {

    private RowNames() {
    }

    public static String of(TableRow row) {
        return row.code() == null ? row.name() : row.code() + " " + row.name();
    }
}
