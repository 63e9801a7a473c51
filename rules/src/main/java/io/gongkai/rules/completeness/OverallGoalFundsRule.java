package io.gongkai.rules.completeness;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The overall performance goal (整体绩效目标) of 十、绩效管理 covers the unit's funds: 涉及部门资金847.18万元，其中基本
 * 支出275.18万元，项目支出572万元. The parts add up to the whole, and the whole is one of the totals the tables
 * publish: table 5's 合计 (一般公共预算当年支出), table 3's 合计 or table 1's 本年支出合计.
 */
@RuleDoc(id = "COMP-018", title = "整体绩效目标涉及的资金与基本支出、项目支出及预算表一致",
        category = Category.COMPLETENESS, severity = Severity.ERROR,
        rationale = "整体绩效目标应覆盖单位的全部预算资金；资金额与其基本支出、项目支出之和不符，或与预算表的合计对不上，"
                + "说明整体目标的范围说错了。",
        basis = "DOMAIN.md 恒等式11；《中共中央 国务院关于全面实施预算绩效管理的意见》（部门和单位整体绩效）")
public final class OverallGoalFundsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        Optional<NarrativeSection> section = NarrativeSections.performance(report);
        if (section.isEmpty()) {
            return;
        }
        List<NarrativeFact> facts = NarrativeSections.factsIn(report, section.get().number());
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact head = facts.get(i);
            NarrativeFact basic = next(facts, i, "基本支出");
            NarrativeFact project = next(facts, i, "项目支出");
            if (head.kind() != FactKind.AMOUNT || !"万元".equals(head.unit()) || basic == null || project == null
                    || !NarrativeSections.normalise(head.subject()).contains("涉及")) {
                continue;
            }
            checkParts(sink, head, basic, project);
            checkTables(report, sink, head);
            checkRepeats(sink, head, facts.subList(i + 1, facts.size()));
            return;
        }
    }

    /** The AMOUNT fact among the next two of the head's sentence whose subject is the word. */
    private static NarrativeFact next(List<NarrativeFact> facts, int head, String word) {
        for (int j = head + 1; j < Math.min(facts.size(), head + 3); j++) {
            NarrativeFact f = facts.get(j);
            if (f.kind() == FactKind.AMOUNT && NarrativeSections.normalise(f.subject()).endsWith(word)) {
                return f;
            }
        }
        return null;
    }

    private static void checkParts(FindingSink sink, NarrativeFact head, NarrativeFact basic, NarrativeFact project) {
        Agreement agreement = Tolerance.sum(head.value(), List.of(basic.value(), project.value()));
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        String where = "情况说明 " + head.section();
        BigDecimal sum = basic.value().add(project.value());
        FindingSink.Builder finding = Verdicts.report(sink, agreement,
                where + "整体绩效目标涉及资金" + head.value().toPlainString() + "万元，不等于基本支出"
                        + basic.value().toPlainString() + "万元与项目支出" + project.value().toPlainString() + "万元之和");
        if (finding != null) {
            finding.at(Location.section(where)).values(sum, head.value())
                    .evidence("说明中的" + head.subject(), head.value().toPlainString(), head.source())
                    .evidence("说明中的基本支出", basic.value().toPlainString(), basic.source())
                    .evidence("说明中的项目支出", project.value().toPlainString(), project.source());
        }
    }

    /** Later statements of the same overall funds (涉及资金678.10万元) in the same sub-section repeat the figure. */
    private static void checkRepeats(FindingSink sink, NarrativeFact head, List<NarrativeFact> later) {
        for (NarrativeFact f : later) {
            String subject = NarrativeSections.normalise(f.subject());
            if (f.kind() != FactKind.AMOUNT || !f.section().equals(head.section()) || !"万元".equals(f.unit())
                    || !subject.contains("涉及") || !subject.contains("资金")) {
                continue;
            }
            String where = "情况说明 " + f.section();
            FindingSink.Builder finding = Verdicts.report(sink, Tolerance.equal(head.value(), f.value()),
                    where + "整体绩效目标先称涉及资金" + head.value().toPlainString() + "万元，后称"
                            + f.value().toPlainString() + "万元");
            if (finding != null) {
                finding.at(Location.section(where)).values(head.value(), f.value())
                        .evidence("说明中的" + head.subject(), head.value().toPlainString(), head.source())
                        .evidence("说明中的" + f.subject(), f.value().toPlainString(), f.source());
            }
        }
    }

    private record Total(int table, TableRow row, String column) {
    }

    private static void checkTables(Report report, FindingSink sink, NarrativeFact head) {
        List<Total> totals = new ArrayList<>();
        Tables.of(report, TableType.GPB_EXPENDITURE).flatMap(t -> t.row(RowKeys.TOTAL))
                .ifPresent(r -> totals.add(new Total(5, r, "total")));
        Tables.of(report, TableType.EXPENDITURE_SUMMARY).flatMap(t -> t.row(RowKeys.TOTAL))
                .ifPresent(r -> totals.add(new Total(3, r, "total")));
        Tables.of(report, TableType.BUDGET_SUMMARY).flatMap(t -> t.row(Side.EXPENDITURE, RowKeys.CURRENT_EXPENDITURE_TOTAL))
                .ifPresent(r -> totals.add(new Total(1, r, "total")));
        if (totals.isEmpty()) {
            return;
        }
        List<Agreement> agreements = totals.stream()
                .map(t -> Tolerance.equal(t.row().amount(t.column()), head.value())).toList();
        if (agreements.contains(Agreement.EXACT)) {
            return;
        }
        Total first = totals.get(0);
        String where = "情况说明 " + head.section();
        FindingSink.Builder finding = sink.add(where + "整体绩效目标涉及资金" + head.value().toPlainString()
                        + "万元，与表" + first.table() + "合计" + first.row().amount(first.column()).toPlainString()
                        + "万元等预算表合计都不一致" + (agreements.contains(Agreement.ROUNDING) ? "（在尾数误差范围内）" : ""))
                .at(Location.section(where))
                .values(first.row().amount(first.column()), head.value())
                .evidence("说明中的" + head.subject(), head.value().toPlainString(), head.source());
        if (agreements.contains(Agreement.ROUNDING)) {
            finding.severity(Severity.INFO);
        } else {
            finding.severity(Severity.WARNING);
        }
        totals.forEach(t -> finding.tables(t.table()).evidence(t.table(), t.row(), t.column()));
    }
}
