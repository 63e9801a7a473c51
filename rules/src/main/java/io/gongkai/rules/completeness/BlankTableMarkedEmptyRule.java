package io.gongkai.rules.completeness;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** A published table without a single figure says so: 注：本表无数据. */
@RuleDoc(id = "COMP-003", title = "无数据的表注明“本表无数据”",
        category = Category.COMPLETENESS, severity = Severity.WARNING,
        rationale = "空白表格不加说明，读者无法分辨是确实没有这类收支，还是漏填或表格丢失；操作规程要求空表注明原因。",
        basis = "DOMAIN.md 恒等式14；《地方预决算公开操作规程》（财预〔2016〕143号）：没有数据的表格应列示并说明")
public final class BlankTableMarkedEmptyRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        for (DisclosureTable table : report.tables()) {
            boolean blank = table.rows().stream().allMatch(r -> r.amounts().isEmpty());
            if (blank && !table.empty()) {
                sink.add("表" + table.number() + "「" + table.title() + "」没有任何数字，却未注明“本表无数据”")
                        .at(Location.table(table.number()))
                        .values("注：本表无数据", "无说明")
                        .evidence("表" + table.number() + "标题", table.title(), table.source());
            }
        }
    }
}
