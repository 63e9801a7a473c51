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

/** 公开10: 政府采购 合计 = 货物 + 工程 + 服务; 车辆数合计 = Σ vehicle categories. */
@RuleDoc(id = "FA-008", title = "相关信息统计表政府采购与车辆数合计一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "政府采购总额应等于货物、工程、服务之和；车辆合计应等于各类车辆之和。",
        basis = "财政部部门决算公开样表 公开10表")
public final class RelatedInfoSumsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        FaTables.table(report, TableType.FA_RELATED_INFO).ifPresent(t -> {
            t.row(RowKeys.PROCUREMENT_TOTAL).ifPresent(total -> FaTables.sum(sink, 10, total, Columns.AMOUNT,
                    t.rows().stream().filter(r -> RowKeys.PROCUREMENT_GOODS.equals(r.key())
                            || RowKeys.PROCUREMENT_WORKS.equals(r.key())
                            || RowKeys.PROCUREMENT_SERVICES.equals(r.key())).toList(), Columns.AMOUNT,
                    "货物、工程、服务"));
            t.row(RowKeys.VEHICLES_HELD).ifPresent(total -> FaTables.sum(sink, 10, total, Columns.AMOUNT,
                    t.rows().stream().filter(r -> RowKeys.VEHICLE_CATEGORY.equals(r.key())).toList(),
                    Columns.AMOUNT, "各类车辆"));
        });
    }
}
