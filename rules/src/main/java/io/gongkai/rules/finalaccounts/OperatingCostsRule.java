package io.gongkai.rules.finalaccounts;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 机关运行经费 (公开10) = 公用经费合计 (公开06) for a 行政单位 or 参公 unit: both are the public expense of its basic
 * expenditure from fiscal funds.
 */
@RuleDoc(id = "FA-009", title = "机关运行经费等于基本支出中的公用经费", category = Category.FINAL_ACCOUNTS,
        severity = Severity.WARNING, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "机关运行经费是行政单位和参公单位财政拨款基本支出中的公用经费，两表数字应一致。",
        basis = "DOMAIN.md 恒等式9；名词解释“机关运行经费”")
public final class OperatingCostsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        UnitType type = report.unit().type();
        if (type != UnitType.ADMINISTRATIVE && type != UnitType.CIVIL_SERVICE_MANAGED) {
            return;
        }
        Optional<TableRow> operating = FaTables.row(report, TableType.FA_RELATED_INFO, Side.NONE,
                type == UnitType.ADMINISTRATIVE ? RowKeys.OPERATING_ADMINISTRATIVE
                        : RowKeys.OPERATING_CIVIL_SERVICE_LIKE);
        Optional<TableRow> pub = FaTables.row(report, TableType.FA_GPB_BASIC_DETAIL, Side.NONE, RowKeys.PUBLIC_TOTAL);
        if (operating.isPresent() && pub.isPresent()) {
            FaTables.equal(sink, 10, operating.get(), Columns.AMOUNT, 6, pub.get(), Columns.PUBLIC);
        }
    }
}
