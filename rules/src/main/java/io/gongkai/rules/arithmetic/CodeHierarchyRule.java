package io.gongkai.rules.arithmetic;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reusable checker: in a classified table, every coded row equals, column by column, the sum of the rows printed
 * under it by code prefix: 类 = Σ 款, 款 = Σ 项. A row with no printed children is not checked.
 */
abstract class CodeHierarchyRule extends TableArithmeticRule {

    private final Side side;

    CodeHierarchyRule(TableType type, Side side) {
        super(type);
        this.side = side;
    }

    @Override
    final void check(Report report, DisclosureTable table, FindingSink sink) {
        List<TableRow> rows = Rows.of(table, side);
        List<TableRow> coded = Rows.coded(Rows.ordinary(rows));
        List<String> columns = Rows.present(rows, table.type().columns(side));
        // Each row's nearest printed ancestor, found once: a row's children are the rows whose ancestor it is.
        TableRow[] ancestors = Rows.ancestors(coded);
        Map<TableRow, List<TableRow>> children = new IdentityHashMap<>();
        for (int i = 0; i < ancestors.length; i++) {
            if (ancestors[i] != null) {
                children.computeIfAbsent(ancestors[i], p -> new ArrayList<>()).add(coded.get(i));
            }
        }
        for (TableRow parent : coded) {
            List<TableRow> printedUnder = children.get(parent);
            if (printedUnder == null) {
                continue;
            }
            for (String column : columns) {
                SumCheck.check(sink, new Cell(table.number(), parent, column),
                        Rows.cells(table.number(), printedUnder, column), "其下级科目之和");
            }
        }
    }
}
