package io.gongkai.rules.arithmetic;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/** Tables 12 and 13: the department row equals the sum of its units, or of its projects where no unit is printed. */
@RuleDoc(id = "ARITH-042", title = "表12、表13部门合计等于各单位小计之和（未列单位时等于各项目之和）",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "项目支出表的部门合计是项目支出总额，其他表（表3、表5、绩效目标）都与之核对；合计与明细不符时无从判断哪一个是真实预算。",
        basis = "DOMAIN.md 恒等式10；《地方预决算公开操作规程》（财预〔2016〕143号）项目支出公开要求")
public final class ProjectDepartmentTotalRule extends TableArithmeticRule {

    public ProjectDepartmentTotalRule() {
        super(TableType.PROJECTS_CURRENT, TableType.PROJECTS_CARRYOVER);
    }

    @Override
    void check(Report report, DisclosureTable table, FindingSink sink) {
        TableRow total = table.row(RowKeys.TOTAL).orElse(null);
        List<TableRow> units = table.rows().stream().filter(r -> r.isKey(RowKeys.UNIT_SUBTOTAL)).toList();
        List<TableRow> projects = table.rows().stream().filter(r -> r.isKey(RowKeys.PROJECT)).toList();
        if (total == null || units.isEmpty() && projects.isEmpty()) {
            return;
        }
        int n = table.number();
        for (String column : Rows.present(table.rows(), table.type().columns(Side.NONE))) {
            List<SumCheck.Reading> readings = units.isEmpty()
                    ? List.of(new SumCheck.Reading("各项目之和", Rows.cells(n, projects, column)))
                    : List.of(new SumCheck.Reading("各单位小计之和", Rows.cells(n, units, column)),
                            new SumCheck.Reading("各项目之和", Rows.cells(n, projects, column)));
            SumCheck.check(sink, new Cell(n, total, column), readings);
        }
    }
}
