package io.gongkai.rules.completeness;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import java.util.List;
import java.util.Map;

/**
 * Table 10 splits the 三公 funds into 因公出国（境）费, 公务接待费 and 公务用车购置及运行费, the last into ①购置费 and
 * ②运行维护费. A table published as 本表无数据 with no rows at all is left alone.
 */
@RuleDoc(id = "COMP-008", title = "“三公”经费表分项列示",
        category = Category.COMPLETENESS, severity = Severity.WARNING,
        rationale = "“三公”经费须按因公出国（境）费、公务接待费、公务用车购置费和运行维护费分别公开，"
                + "只列合计或缺项，公众无法监督各项支出。",
        basis = "DOMAIN.md 恒等式8、14；《地方预决算公开操作规程》（财预〔2016〕143号）：“三公”经费细化公开")
public final class ThreePublicItemsListedRule implements Rule {

    private static final List<Map.Entry<String, String>> ITEMS = List.of(
            Map.entry(RowKeys.ABROAD, "因公出国（境）费"), Map.entry(RowKeys.RECEPTION, "公务接待费"),
            Map.entry(RowKeys.VEHICLES, "公务用车购置及运行费"), Map.entry(RowKeys.VEHICLE_PURCHASE, "①公务用车购置费"),
            Map.entry(RowKeys.VEHICLE_OPERATION, "②公务用车运行维护费"));

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        DisclosureTable table = Tables.of(report, TableType.THREE_PUBLIC).orElse(null);
        if (table == null || table.empty() && table.rows().isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> item : ITEMS) {
            if (table.row(item.getKey()).isEmpty()) {
                sink.add("表10“三公”经费未单列「" + item.getValue() + "」")
                        .at(new Location(10, item.getValue(), null, null))
                        .values(item.getValue(), "缺失")
                        .evidence("表10标题", table.title(), table.source());
            }
        }
    }
}
