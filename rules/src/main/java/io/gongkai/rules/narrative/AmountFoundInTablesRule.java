package io.gongkai.rules.narrative;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The catch-all of identity 11: an amount in a section about the tables (收支, 收入, 支出, 财政拨款, 一般公共预算,
 * 基本支出, 政府性基金, 国有资本经营, 三公, 机关运行经费) whose subject no other rule of this category recognises
 * must still be found in some table cell, within rounding. (A recognised statement whose table is missing is
 * left to the completeness rules, which report the missing table.) Zero amounts (无…) and sections about procurement, performance,
 * assets and other matters are left alone: their amounts are not table figures. A WARNING, since the statement
 * may be a figure the tables give only as a sum.
 */
@RuleDoc(id = "NARR-027", title = "说明中的金额可在表格中找到",
        category = Category.NARRATIVE, severity = Severity.WARNING,
        rationale = "情况说明是对表格的解读，其中每个金额都应能在公开表格中找到；找不到的金额很可能抄错，或者说明了表格没有公开的数字。",
        basis = "DOMAIN.md 恒等式11；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class AmountFoundInTablesRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (!Checks.isBudget(report) || report.tables().isEmpty()) {
            return;
        }
        for (NarrativeFact fact : report.narrative().facts()) {
            if (fact.kind() != FactKind.AMOUNT || !Bindings.WAN.equals(fact.unit()) || fact.value() == null
                    || fact.value().signum() == 0) {
                continue;
            }
            Topic topic = Topics.of(report, fact);
            if (!topic.aboutTables() || Bindings.of(report, fact, topic).role() != Role.NONE) {
                continue;
            }
            if (!foundInTables(report, fact.value())) {
                FindingSink.Builder finding = sink.add(Subjects.describe(fact) + "为" + Subjects.valueText(fact)
                        + "，在公开的表格中找不到这一金额")
                        .at(Checks.at(fact)).values((BigDecimal) null, fact.value());
                Checks.evidence(finding, fact);
            }
        }
    }

    private static boolean foundInTables(Report report, BigDecimal value) {
        for (DisclosureTable table : report.tables()) {
            for (TableRow row : table.rows()) {
                for (Map.Entry<String, BigDecimal> cell : row.amounts().entrySet()) {
                    if (Tolerance.sum(value, List.of(cell.getValue())) != Agreement.CONTRADICTS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
