package io.gongkai.rules.narrative;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import java.util.List;
import java.util.Optional;

/**
 * 四 and 五: a function class the narrative names by a wording that is not the classification's name (一般公共预算
 * 服务支出 for 201 一般公共服务支出) and that is recognised only because the name is spelt inside it. The amount is
 * checked by NARR-010/012; this remark is about the name.
 */
@RuleDoc(id = "NARR-028", title = "说明所列支出科目名称与表格科目名称一致",
        category = Category.NARRATIVE, severity = Severity.INFO,
        rationale = "说明中的支出功能分类科目应使用规范名称，写成表格中不存在的名称会让读者无法对应到表格。",
        basis = "DOMAIN.md 恒等式11、14；2024年政府收支分类科目")
public final class ClassNamesMatchTablesRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (!Checks.isBudget(report)) {
            return;
        }
        check(report, Topic.GPB, TableType.GPB_EXPENDITURE, Side.NONE, sink);
        check(report, Topic.FISCAL, TableType.FISCAL_SUMMARY, Side.EXPENDITURE, sink);
    }

    private static void check(Report report, Topic topic, TableType type, Side side, FindingSink sink) {
        Optional<DisclosureTable> table = Tables.of(report, type);
        if (table.isEmpty()) {
            return;
        }
        NamedRows rows = Figures.namedRows(report, table.get(), side);
        for (NarrativeFact fact : Topics.facts(report, topic)) {
            if (fact.kind() != FactKind.AMOUNT || Bindings.of(report, fact, topic).role() != Role.ROW) {
                continue;
            }
            String s = Subjects.norm(fact.subject());
            if (!RowMatcher.strong(s, rows).isEmpty()) {
                continue;
            }
            List<TableRow> named = RowMatcher.weak(s, rows);
            if (named.size() != 1) {
                continue;
            }
            TableRow row = named.get(0);
            FindingSink.Builder finding = sink.add(Subjects.describe(fact) + "的科目名称与表" + table.get().number()
                            + "「" + RowNames.of(row) + "」不一致")
                    .at(new Location(table.get().number(), RowNames.of(row), null, "情况说明" + fact.section()))
                    .values(Subjects.rowName(row.name()), fact.subject())
                    .evidence(table.get().number(), row, type == TableType.FISCAL_SUMMARY ? "subtotal" : "total");
            Checks.evidence(finding, fact);
        }
    }
}
