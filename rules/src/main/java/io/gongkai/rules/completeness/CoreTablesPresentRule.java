package io.gongkai.rules.completeness;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import java.util.List;

/**
 * The tables every template publishes, whatever the province: 收支总表, 收入总表, 支出总表, 财政拨款收支总表,
 * 一般公共预算支出表, 一般公共预算基本支出表, “三公”经费表 and 政府性基金预算支出表. An empty one must still be
 * published (marked 本表无数据). Tables only the 13-table template has are {@link ThirteenTableSetCompleteRule}'s.
 */
@RuleDoc(id = "COMP-001", title = "公开了各地模板共有的8张基本预算表",
        category = Category.COMPLETENESS, severity = Severity.WARNING,
        rationale = "财政部规定部门预算须公开收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、"
                + "基本支出表、“三公”经费表和政府性基金预算支出表，没有数据的也要以空表公开；缺表即公开不完整。",
        basis = "DOMAIN.md 恒等式14；《地方预决算公开操作规程》（财预〔2016〕143号）第十一条")
public final class CoreTablesPresentRule implements Rule {

    static final List<TableType> CORE = List.of(TableType.BUDGET_SUMMARY, TableType.INCOME_SUMMARY,
            TableType.EXPENDITURE_SUMMARY, TableType.FISCAL_SUMMARY, TableType.GPB_EXPENDITURE,
            TableType.GPB_BASIC_BY_ECONOMIC, TableType.FUND_EXPENDITURE, TableType.THREE_PUBLIC);

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS || report.tables().isEmpty()) {
            return;
        }
        for (TableType type : CORE) {
            if (Tables.of(report, type).isEmpty()) {
                sink.add("未公开" + type.title() + "（表" + type.number() + "）；没有数据的表也应公开并注明本表无数据")
                        .at(Location.table(type.number()))
                        .values(type.title(), "缺失");
            }
        }
    }
}
