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

/** 机关运行经费 as the text states it equals 公开10, and its change agrees with its rate. */
@RuleDoc(id = "FA-014", title = "说明所述机关运行经费与统计表一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "说明中的机关运行经费及其增减应与部门决算公开相关信息统计表一致。",
        basis = "财政部部门决算公开说明模板：机关运行经费支出情况说明；公开10表")
public final class OperatingCostsStatementRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        ChangeStatement s = report.narrative().finalAccounts().operatingCosts();
        if (s.amount() == null) {
            return;
        }
        FaTables.table(report, TableType.FA_RELATED_INFO).ifPresent(t -> {
            List<TableRow> rows = t.rows().stream().filter(r -> RowKeys.OPERATING_ADMINISTRATIVE.equals(r.key())
                    || RowKeys.OPERATING_CIVIL_SERVICE_LIKE.equals(r.key())).toList();
            if (!rows.isEmpty()) {
                BigDecimal sum = rows.stream().map(r -> r.amount(Columns.AMOUNT)).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
                Statements.equal(sink, "说明所述机关运行经费", s.amount(), "表10机关运行经费", sum, 10);
            }
        });
        Statements.change(sink, "机关运行经费", s);
    }
}
