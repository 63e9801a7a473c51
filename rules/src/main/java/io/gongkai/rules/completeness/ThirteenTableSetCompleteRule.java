package io.gongkai.rules.completeness;

import io.gongkai.model.DisclosureTable;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In a 13-table template (Shanxi), the tables beyond the common eight: 政府性基金预算收入表 (7), 国有资本经营预算表
 * (9), 机关运行经费表 (11) and the two 项目支出表 (12, 13). A document is judged a 13-table one only by its own
 * evidence: a table label numbered 11 or more (表十一, 预算公开表12), a 上年结转 project table, or at least two of
 * the tables that only that template has. 8- and 9-table templates are never asked for them.
 */
@RuleDoc(id = "COMP-002", title = "13张表模板的预算表齐全",
        category = Category.COMPLETENESS, severity = Severity.WARNING,
        rationale = "采用13张表模板的地区，政府性基金收入表、国有资本经营预算表、机关运行经费表和两张项目支出表"
                + "同样必须公开（无数据的注明本表无数据）；缺表使读者无法核对项目和机关运行经费。",
        basis = "DOMAIN.md 恒等式14；《地方预决算公开操作规程》（财预〔2016〕143号）；山西省部门预算公开模板（13张表）")
public final class ThirteenTableSetCompleteRule implements Rule {

    static final List<TableType> EXTRA = List.of(TableType.FUND_INCOME, TableType.SOE_BUDGET,
            TableType.OPERATING_COSTS, TableType.PROJECTS_CURRENT, TableType.PROJECTS_CARRYOVER);
    private static final List<TableType> ONLY_IN_THIRTEEN = List.of(TableType.FUND_INCOME,
            TableType.OPERATING_COSTS, TableType.PROJECTS_CURRENT, TableType.PROJECTS_CARRYOVER);
    private static final Pattern LABEL = Pattern.compile("表\\s*(?:十[一二三](?![一二三四五六七八九])|1[1-3](?![0-9]))");

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS || !thirteenTableTemplate(report)) {
            return;
        }
        for (TableType type : EXTRA) {
            if (Tables.of(report, type).isEmpty()) {
                sink.add("本文件采用13张表模板，但未公开" + type.title() + "（表" + type.number() + "）")
                        .at(Location.table(type.number()))
                        .values(type.title(), "缺失");
            }
        }
    }

    /** Whether the document shows by its own tables that it follows the 13-table template. */
    static boolean thirteenTableTemplate(Report report) {
        if (Tables.of(report, TableType.PROJECTS_CARRYOVER).isPresent()) {
            return true;
        }
        long only = ONLY_IN_THIRTEEN.stream().filter(t -> Tables.of(report, t).isPresent()).count();
        if (only >= 2) {
            return true;
        }
        for (DisclosureTable table : report.tables()) {
            Matcher m = LABEL.matcher(table.source().raw());
            if (m.find()) {
                return true;
            }
        }
        return false;
    }
}
