package io.gongkai.rules.arithmetic;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Reusable checker for table 10: a keyed row equals, column by column, the sum of other keyed rows; a part that
 * a template does not print may be replaced by its own parts (公务用车购置及运行费 by ① and ②).
 */
abstract class ThreePublicItemsRule extends TableArithmeticRule {

    private final String total;
    private final List<String> parts;
    private final String identity;

    ThreePublicItemsRule(String total, List<String> parts, String identity) {
        super(TableType.THREE_PUBLIC);
        this.total = total;
        this.parts = List.copyOf(parts);
        this.identity = identity;
    }

    @Override
    final void check(Report report, DisclosureTable table, FindingSink sink) {
        TableRow totalRow = table.row(total).orElse(null);
        if (totalRow == null) {
            return;
        }
        List<TableRow> partRows = new ArrayList<>();
        for (String key : parts) {
            TableRow row = table.row(key).orElse(null);
            if (row != null) {
                partRows.add(row);
            } else if (RowKeys.VEHICLES.equals(key)) {
                table.row(RowKeys.VEHICLE_PURCHASE).ifPresent(partRows::add);
                table.row(RowKeys.VEHICLE_OPERATION).ifPresent(partRows::add);
            }
        }
        if (partRows.isEmpty()) {
            return;
        }
        int n = table.number();
        for (String column : Rows.present(table.rows(), table.type().columns(Side.NONE))) {
            SumCheck.check(sink, new Cell(n, totalRow, column), Rows.cells(n, partRows, column), identity);
        }
    }
}
