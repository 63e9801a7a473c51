package io.gongkai.render;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.TableRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Every published amount of a table as two-decimal text, sorted, to compare with what a writer printed. */
public final class Amounts {

    private Amounts() {
    }

    /** The amounts of the model's table, sorted. */
    public static List<String> of(DisclosureTable table) {
        List<String> out = new ArrayList<>();
        for (TableRow row : table.rows()) {
            row.amounts().values().forEach(v -> out.add(twoDecimals(v)));
        }
        out.sort(null);
        return out;
    }

    public static String twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
