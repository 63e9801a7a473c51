package io.gongkai.rules.arithmetic;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import java.util.List;
import java.util.Map;

/**
 * Reusable checker: each group row (a table 6 economic 类, a table 12/13 unit) equals, column by column, the sum
 * of the rows printed under it. A group with nothing printed under it is not checked.
 */
abstract class GroupMembersSumRule extends TableArithmeticRule {

    private final String groupKey;
    private final String memberKey;
    private final String identity;

    /** @param memberKey the key of member rows, or null for rows with no key */
    GroupMembersSumRule(String groupKey, String memberKey, String identity, TableType... types) {
        super(types);
        this.groupKey = groupKey;
        this.memberKey = memberKey;
        this.identity = identity;
    }

    @Override
    final void check(Report report, DisclosureTable table, FindingSink sink) {
        int n = table.number();
        List<String> columns = Rows.present(table.rows(), table.type().columns(Side.NONE));
        for (Map.Entry<TableRow, List<TableRow>> group : Rows.groups(table.rows(), groupKey, memberKey).entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            for (String column : columns) {
                SumCheck.check(sink, new Cell(n, group.getKey(), column), Rows.cells(n, group.getValue(), column),
                        identity);
            }
        }
    }
}
