package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.arithmetic.TestTables.row;

import io.gongkai.model.Report;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.testing.TestReports;
import java.util.List;

/** Fixture A with a consistent table 7 (政府性基金预算收入表) of land-sale income. */
final class FundIncome {

    private FundIncome() {
    }

    static Report report() {
        return TestReports.fixtureA().withTable(TestTables.table(TableType.FUND_INCOME, List.of(
                row(Side.NONE, null, "合计", 0, "total", "amount", "150.00"),
                row(Side.NONE, "103", "非税收入", 1, null, "amount", "150.00"),
                row(Side.NONE, "10301", "政府性基金收入", 2, null, "amount", "150.00"),
                row(Side.NONE, "1030148", "国有土地使用权出让收入", 3, null, "amount", "150.00"))));
    }
}
