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
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.NarrativeSection;

/**
 * All ten tables 公开01–10 are published; an empty table is published with 本表无数据. Templates of nine tables have
 * no 部门决算公开相关信息统计表; they state its content (机关运行经费, 政府采购, 国有资产) in the 情况说明, which then
 * stands in for it.
 */
@RuleDoc(id = "FA-017", title = "决算公开表格齐全（公开01–10表）", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "部门决算须公开全部十张表，没有数据的表也要公开并注明本表无数据。",
        basis = "《地方预决算公开操作规程》（财预〔2016〕143号）；财政部部门决算公开样表 公开01–10表")
public final class AllTablesPresentRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        List<String> missing = new ArrayList<>();
        for (TableType type : TableType.values()) {
            if (type.kind() == ReportKind.FINAL_ACCOUNTS && report.table(type).isEmpty()
                    && !(type == TableType.FA_RELATED_INFO && statedInText(report))) {
                missing.add("公开" + String.format("%02d", type.number()) + "表" + type.title());
            }
        }
        if (!missing.isEmpty()) {
            sink.add("决算公开缺少" + missing.size() + "张表：" + String.join("、", missing))
                    .values("10张", (10 - missing.size()) + "张");
        }
    }

    private static boolean statedInText(Report report) {
        FinalAccountsStatements s = report.narrative().finalAccounts();
        return s.operatingCosts().amount() != null && s.procurement().total() != null
                && report.assets().vehicles().actual() != null;
    }
}
