package io.gongkai.rules.completeness;

import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import io.gongkai.rules.tolerance.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The projects 十、绩效管理 puts under goal management (纳入绩效目标管理的项目N个，共计金额X万元) are projects of the
 * budget: X is at most the project spending (table 12 + table 13, or table 3's 项目支出 where the template has no
 * project tables), and N at most the number of projects in tables 12 and 13. The published goals are a part of
 * them: their count and amount do not exceed the managed ones.
 */
@RuleDoc(id = "COMP-013", title = "纳入绩效管理和公开的项目不超过项目支出",
        category = Category.COMPLETENESS, severity = Severity.ERROR,
        rationale = "纳入绩效目标管理的项目只能是预算中的项目，公开的目标又是其中一部分；金额或个数超过上限，"
                + "说明说明中的数字有误。",
        basis = "DOMAIN.md 恒等式11、12")
public final class ManagedGoalsWithinProjectSpendingRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        Optional<PublishedGoalStatement> managed = PublishedGoalStatement.managed(report);
        Optional<PublishedGoalStatement> published = PublishedGoalStatement.published(report);
        Ceiling ceiling = ceiling(report);
        if (managed.isPresent() && ceiling != null) {
            checkAmount(managed.get().amount(), ceiling.amount(), ceiling.what(), ceiling.rows(), sink);
            int projects = projectCount(report);
            if (projects > 0 && managed.get().count().value().compareTo(BigDecimal.valueOf(projects)) > 0) {
                NarrativeFact count = managed.get().count();
                sink.add("情况说明 " + count.section() + "称纳入绩效目标管理的项目" + count.value().toPlainString()
                                + "个，多于表12、表13所列的" + projects + "个项目")
                        .at(Location.section("情况说明 " + count.section())).tables(12, 13)
                        .values(BigDecimal.valueOf(projects), count.value())
                        .evidence("说明中纳入绩效目标管理的项目个数", count.value().toPlainString(), count.source());
            }
        }
        if (managed.isPresent() && published.isPresent() && managed.get().amount() != null) {
            NarrativeFact m = managed.get().amount();
            checkAmount(published.get().amount(), m.value(), "纳入绩效目标管理的项目金额", List.of(), sink);
        }
    }

    private record Cell(int table, TableRow row, String column) {
    }

    private record Ceiling(BigDecimal amount, String what, List<Cell> rows) {
    }

    private static Ceiling ceiling(Report report) {
        List<Cell> cells = new ArrayList<>();
        Tables.of(report, TableType.PROJECTS_CURRENT).flatMap(t -> t.row(RowKeys.TOTAL))
                .ifPresent(r -> cells.add(new Cell(12, r, "total")));
        Tables.of(report, TableType.PROJECTS_CARRYOVER).flatMap(t -> t.row(RowKeys.TOTAL))
                .ifPresent(r -> cells.add(new Cell(13, r, "total")));
        if (!cells.isEmpty()) {
            BigDecimal sum = cells.stream().map(c -> c.row().amount("total")).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Ceiling(sum, "表12、表13项目支出合计", cells);
        }
        return Tables.of(report, TableType.EXPENDITURE_SUMMARY).flatMap(t -> t.row(RowKeys.TOTAL))
                .map(r -> new Ceiling(r.amount("project"), "表3项目支出合计", List.of(new Cell(3, r, "project"))))
                .orElse(null);
    }

    private static int projectCount(Report report) {
        return Tables.of(report, TableType.PROJECTS_CURRENT).isPresent()
                ? (int) report.projects().stream().map(p -> p.name()).distinct().count() : 0;
    }

    private static void checkAmount(NarrativeFact stated, BigDecimal limit, String what, List<Cell> cells,
                                    FindingSink sink) {
        if (stated == null || Interval.displayed(stated.value()).lo().compareTo(Interval.displayed(limit).hi()) <= 0) {
            return;
        }
        String where = "情况说明 " + stated.section();
        FindingSink.Builder finding = sink.add(where + "称「" + stated.subject() + "」" + stated.value().toPlainString()
                        + "万元，超过" + what + limit.toPlainString() + "万元")
                .at(Location.section(where))
                .values(limit, stated.value())
                .evidence("说明中的" + stated.subject() + "（万元）", stated.value().toPlainString(), stated.source());
        for (Cell c : cells) {
            finding.tables(c.table()).evidence(c.table(), c.row(), c.column());
        }
    }
}
