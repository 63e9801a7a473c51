package io.gongkai.author.derive;

import io.gongkai.model.Side;
import io.gongkai.model.SourceRef;
import io.gongkai.model.TableRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds table rows from exact yuan: each cell rounded to 万元 on its own; a cell with no money stays blank. */
final class Rows {

    private Rows() {
    }

    /** A row whose cells are given in yuan, keyed by canonical column, in printed order. */
    static TableRow of(Side side, String code, String name, String altName, int level, String key,
                       Map<String, BigDecimal> yuanByColumn) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        yuanByColumn.forEach((column, yuan) -> {
            if (yuan != null && yuan.signum() != 0) {
                amounts.put(column, Wan.of(yuan));
            }
        });
        return new TableRow(side, code, name, altName, level, key, amounts, SourceRef.NONE);
    }

    /** An ordered map of columns to yuan, from alternating column names and amounts. */
    static Map<String, BigDecimal> cells(Object... columnsAndYuan) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndYuan.length; i += 2) {
            cells.put((String) columnsAndYuan[i], (BigDecimal) columnsAndYuan[i + 1]);
        }
        return cells;
    }
}
