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
import io.gongkai.model.FactKind;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.FinalAccountsStatements.ChangeStatement;
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.FinalAccountsStatements.ProcurementStatement;
import io.gongkai.model.FinalAccountsStatements.ThreePublicItem;
import io.gongkai.model.FinalAccountsStatements.ThreePublicStatement;
import io.gongkai.model.NarrativeFact;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;

/**
 * 政府采购 as the text states it: total, 货物, 工程 and 服务 equal 公开10; total = 货物 + 工程 + 服务; the 中小企业 and
 * 小微企业 shares equal their amounts ÷ total; 小微企业 ≤ 中小企业.
 */
@RuleDoc(id = "FA-015", title = "说明所述政府采购及中小企业份额与统计表一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "政府采购支出及授予中小企业、小微企业的合同金额和比例是决算公开内容，说明应与统计表及自身算术一致。",
        basis = "财政部部门决算公开说明模板：政府采购情况说明；公开10表；《政府采购促进中小企业发展管理办法》")
public final class ProcurementStatementRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        ProcurementStatement p = report.narrative().finalAccounts().procurement();
        if (p.total() == null) {
            return;
        }
        compare(report, sink, "政府采购支出总额", p.total(), RowKeys.PROCUREMENT_TOTAL);
        compare(report, sink, "货物支出", p.goods(), RowKeys.PROCUREMENT_GOODS);
        compare(report, sink, "工程支出", p.works(), RowKeys.PROCUREMENT_WORKS);
        compare(report, sink, "服务支出", p.services(), RowKeys.PROCUREMENT_SERVICES);
        if (p.goods() != null && p.works() != null && p.services() != null) {
            Statements.sum(sink, "说明所述政府采购支出总额", p.total(), List.of(p.goods(), p.works(), p.services()),
                    "货物、工程、服务支出");
        }
        if (p.smeAmount() != null && p.smeShare() != null && p.total().signum() != 0) {
            Statements.share(sink, "授予中小企业合同金额占比", p.smeShare(), p.smeAmount(), p.total(),
                    "中小企业合同金额", "政府采购支出总额");
        }
        if (p.smallMicroAmount() != null && p.smallMicroShare() != null && p.total().signum() != 0) {
            Statements.share(sink, "授予小微企业合同金额占比", p.smallMicroShare(), p.smallMicroAmount(), p.total(),
                    "小微企业合同金额", "政府采购支出总额");
        }
        if (p.smeAmount() != null && p.smallMicroAmount() != null
                && p.smallMicroAmount().compareTo(p.smeAmount()) > 0) {
            sink.add("授予小微企业合同金额" + p.smallMicroAmount().toPlainString() + "万元大于授予中小企业合同金额"
                            + p.smeAmount().toPlainString() + "万元（小微企业属于中小企业）")
                    .at(Location.section("十")).values(p.smeAmount(), p.smallMicroAmount());
        }
    }

    private static void compare(Report report, FindingSink sink, String what, BigDecimal stated, String key) {
        BigDecimal table = FaTables.related(report, key);
        if (stated != null && table != null) {
            Statements.equal(sink, "说明所述" + what, stated, "表10" + what, table, 10);
        }
    }
}
