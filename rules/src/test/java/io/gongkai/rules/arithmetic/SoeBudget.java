package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.arithmetic.TestTables.row;

import io.gongkai.model.Report;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.testing.TestReports;
import java.util.List;

/** Fixture A with a consistent two-sided table 9 (国有资本经营预算收支预算表). */
final class SoeBudget {

    private SoeBudget() {
    }

    static Report report() {
        return TestReports.fixtureA().withTable(TestTables.table(TableType.SOE_BUDGET, List.of(
                row(Side.INCOME, null, "合计", 0, "total", "amount", "20.00"),
                row(Side.INCOME, null, "国有资本经营预算收入", 1, null, "amount", "20.00"),
                row(Side.EXPENDITURE, null, "合计", 0, "total", "total", "20.00", "basic", "5.00", "project", "15.00"),
                row(Side.EXPENDITURE, "223", "国有资本经营预算支出", 1, null, "total", "20.00", "basic", "5.00",
                        "project", "15.00"),
                row(Side.EXPENDITURE, "22301", "解决历史遗留问题及改革成本支出", 2, null, "total", "20.00", "basic",
                        "5.00", "project", "15.00"),
                row(Side.EXPENDITURE, "2230102", "厂办大集体改革支出", 3, null, "total", "5.00", "basic", "5.00"),
                row(Side.EXPENDITURE, "2230199", "其他解决历史遗留问题及改革成本支出", 3, null, "total", "15.00",
                        "project", "15.00"))));
    }
}
