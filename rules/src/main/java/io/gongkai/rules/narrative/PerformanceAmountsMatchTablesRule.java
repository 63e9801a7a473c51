package io.gongkai.rules.narrative;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import io.gongkai.rules.tolerance.Agreement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 十 绩效管理 against the tables: the overall goal's 部门资金, 基本支出 and 项目支出 against table 5; the number of
 * projects under goal management against table 12's project rows and their amount against its 合计 (without table
 * 12, the amount may not exceed table 3's 项目支出: a probable defect); the amount by source against the project
 * column of the source's table. What is said of the published goal tables is left to the completeness
 * rules, which count the tables attached.
 */
@RuleDoc(id = "NARR-022", title = "绩效管理情况所述资金与项目数与表5、表12一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "绩效目标覆盖的资金和项目数量是评价预算绩效管理的依据，必须与项目支出预算表、一般公共预算支出表相符。",
        basis = "DOMAIN.md 恒等式11、12；财预〔2024〕22号")
public final class PerformanceAmountsMatchTablesRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (!Checks.isBudget(report)) {
            return;
        }
        PerformanceFacts facts = PerformanceFacts.of(report);
        for (NarrativeFact fact : facts.overall()) {
            if (fact.value().signum() != 0) {
                Checks.againstTables(sink, fact, overall(report, Subjects.norm(fact.subject())));
            }
        }
        PerformanceFacts.Group managed = facts.managed();
        if (managed == null) {
            return;
        }
        checkCount(report, managed.count(), sink);
        if (managed.amount() != null) {
            Binding total = projectsTotal(report);
            if (total.bound()) {
                Checks.againstTables(sink, managed.amount(), total);
            } else {
                checkWithinProjectSpending(report, managed.amount(), sink);
            }
        }
        for (NarrativeFact source : managed.sources()) {
            Checks.againstTables(sink, source, bySource(report, Subjects.source(Subjects.norm(source.subject()))));
        }
    }

    /** 整体绩效目标: the department's money, its basic and its project part. */
    static Binding overall(Report r, String s) {
        if (Subjects.isBasic(s)) {
            return Bindings.bind(Role.BASIC, Figures.gpb(r, Columns.BASIC), Figures.economic(r, Columns.TOTAL));
        }
        if (Subjects.isProject(s)) {
            return Bindings.bind(Role.PROJECT, Figures.gpb(r, Columns.PROJECT),
                    t12Total(r).map(Figure::asAlternative));
        }
        if (Subjects.has(s, "资金", "预算", "整体") || Subjects.namesTotal(s)) {
            return Bindings.bind(Role.TOTAL, Figures.gpb(r, Columns.TOTAL),
                    Figures.currentIncome(r).map(Figure::asAlternative),
                    Figures.incomeTotal(r).map(Figure::asAlternative));
        }
        return Binding.NONE;
    }

    /** The projects under goal management: table 12's 合计 (or with table 13's), else nothing firm. */
    static Binding projectsTotal(Report r) {
        Optional<Figure> t12 = t12Total(r);
        if (t12.isEmpty()) {
            return Binding.NONE;
        }
        Optional<Figure> t13 = Figures.cell(r, TableType.PROJECTS_CARRYOVER, RowKeys.TOTAL, Columns.TOTAL);
        Optional<Figure> both = t13.map(f -> Figure.sum("表12与表13合计之和", List.of(t12.get(), f)));
        return Bindings.bind(Role.PROJECT, t12, both);
    }

    /**
     * Without table 12, the amount under goal management can be this year's project money of any sources, so it
     * is only bounded: it cannot exceed table 3's 项目支出, which includes every source and the carry-over.
     */
    private static void checkWithinProjectSpending(Report r, NarrativeFact amount, FindingSink sink) {
        Optional<Figure> t3 = Figures.expenditureSummary(r, Columns.PROJECT);
        if (t3.isEmpty()) {
            return;
        }
        Figure all = t3.get();
        if (amount.value().compareTo(all.value()) > 0
                && Checks.agreement(amount, all) == Agreement.CONTRADICTS) {
            FindingSink.Builder finding = sink.add(Subjects.describe(amount) + "为" + Subjects.valueText(amount)
                            + "，超过" + all.label() + all.value().toPlainString() + "万元")
                    .severity(Severity.WARNING).at(all.location(amount.section()))
                    .values(all.value(), amount.value());
            Checks.evidence(finding, amount);
            all.addEvidence(finding);
        }
    }

    /** The project money of one funding source. */
    static Binding bySource(Report r, String source) {
        if (source == null) {
            return Binding.NONE;
        }
        Optional<Figure> t12 = Figures.cell(r, TableType.PROJECTS_CURRENT, RowKeys.TOTAL, source);
        return switch (source) {
            case Columns.GPB -> Bindings.bind(Role.SOURCE, Figures.gpb(r, Columns.PROJECT), t12);
            case Columns.FUND -> Bindings.bind(Role.SOURCE,
                    Figures.cell(r, TableType.FUND_EXPENDITURE, RowKeys.TOTAL, Columns.PROJECT), t12);
            case Columns.SOE -> Bindings.bind(Role.SOURCE,
                    Figures.cell(r, TableType.SOE_BUDGET, Side.EXPENDITURE, RowKeys.TOTAL, Columns.PROJECT), t12);
            default -> Bindings.bind(Role.SOURCE, t12);
        };
    }

    private static Optional<Figure> t12Total(Report r) {
        return Figures.cell(r, TableType.PROJECTS_CURRENT, RowKeys.TOTAL, Columns.TOTAL);
    }

    private static void checkCount(Report report, NarrativeFact count, FindingSink sink) {
        Optional<DisclosureTable> t12 = Tables.of(report, TableType.PROJECTS_CURRENT);
        if (count == null || t12.isEmpty() || t12.get().empty()) {
            return;
        }
        long projects = Figures.projectCount(t12.get());
        if (projects == 0) {
            return;
        }
        long carried = Tables.of(report, TableType.PROJECTS_CARRYOVER).map(Figures::projectCount).orElse(0L);
        BigDecimal stated = count.value();
        if (stated.compareTo(BigDecimal.valueOf(projects)) == 0
                || carried > 0 && stated.compareTo(BigDecimal.valueOf(projects + carried)) == 0) {
            return;
        }
        FindingSink.Builder finding = sink.add(Subjects.describe(count) + "为" + Subjects.valueText(count)
                        + "，而表12列有" + projects + "个项目")
                .at(new Location(12, null, null, "情况说明" + count.section()))
                .values(BigDecimal.valueOf(projects), stated)
                .evidence("表12项目行数", String.valueOf(projects), t12.get().source());
        Checks.evidence(finding, count);
    }
}
