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
 * A unit that holds vehicles (公开10 车辆数合计, or the text) spends on running them: 公开09 公务用车运行维护费 决算数 and
 * 公开06 公务用车运行维护费 (30231) cannot both be zero.
 */
@RuleDoc(id = "FA-010", title = "有车辆的单位有公务用车运行维护费", category = Category.FINAL_ACCOUNTS,
        severity = Severity.WARNING, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "车辆在用就会发生燃油、维修、保险等运行费用；有车而运行维护费为零，说明费用可能列在其他科目或“三公”经费少报。",
        basis = "DOMAIN.md 恒等式13；《地方预决算公开操作规程》（财预〔2016〕143号）：“三公”经费公开")
public final class HeldVehiclesRunningCostRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        BigDecimal held = FaTables.related(report, RowKeys.VEHICLES_HELD);
        if (held == null && report.assets().vehicles().actual() != null) {
            held = BigDecimal.valueOf(report.assets().vehicles().actual());
        }
        if (held == null || held.signum() <= 0) {
            return;
        }
        BigDecimal threePublic = FaTables.row(report, TableType.FA_THREE_PUBLIC, Side.NONE, RowKeys.VEHICLE_OPERATION)
                .map(r -> r.amount(Columns.FINAL)).orElse(BigDecimal.ZERO);
        Optional<TableRow> economic = FaTables.table(report, TableType.FA_GPB_BASIC_DETAIL)
                .flatMap(t -> t.rowByCode("30231"));
        BigDecimal detail = economic.map(r -> r.amount(Columns.PUBLIC)).orElse(BigDecimal.ZERO);
        if (threePublic.signum() != 0 || detail.signum() != 0) {
            return;
        }
        FindingSink.Builder f = sink.add("共有车辆" + held.toPlainString() + "辆，但“三公”经费决算表与基本支出明细表的"
                        + "公务用车运行维护费均为0")
                .at(new Location(9, "公务用车运行维护费", Columns.FINAL, null)).tables(10, 6)
                .values("大于0", "0");
        FaTables.row(report, TableType.FA_RELATED_INFO, Side.NONE, RowKeys.VEHICLES_HELD)
                .ifPresent(r -> f.evidence(10, r, Columns.AMOUNT));
        economic.ifPresent(r -> f.evidence(6, r, Columns.PUBLIC));
    }
}
