package io.gongkai.rules.arithmetic;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows and tables built by hand, for tables that no test document fills (7 and 9). */
final class TestTables {

    private TestTables() {
    }

    /** A row; amounts alternate column name and value: {@code "total", "20.00", "basic", "5.00"}. */
    static TableRow row(Side side, String code, String name, int level, String key, String... amounts) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < amounts.length; i += 2) {
            map.put(amounts[i], new BigDecimal(amounts[i + 1]));
        }
        return new TableRow(side, code, name, null, level, key, map, null);
    }

    static DisclosureTable table(TableType type, List<TableRow> rows) {
        return new DisclosureTable(type, type.title(), false, rows, null);
    }
}
