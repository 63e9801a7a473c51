package io.gongkai.rules.narrative;

import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 十 绩效管理, within itself: a group's project count = Σ the counts by kind (其他运转类 + 特定目标类) and its
 * amount = Σ their amounts; its amount = Σ the amounts by funding source (a WARNING: a source may go unsaid);
 * and no more projects or money are published than are under goal management (a WARNING).
 */
@RuleDoc(id = "NARR-023", title = "绩效管理情况所述项目数和金额与其分类之和一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "“纳入绩效目标管理的项目N个、共计X万元，其中其他运转类a个……特定目标类b个……”自身必须相加一致，公开的项目也不能多于纳入管理的项目。",
        basis = "DOMAIN.md 恒等式11、12；财预〔2024〕22号")
public final class PerformanceBreakdownAddsUpRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        PerformanceFacts facts = PerformanceFacts.of(report);
        for (PerformanceFacts.Group group : new PerformanceFacts.Group[] {facts.managed(), facts.published()}) {
            if (group != null) {
                checkKinds(group, sink);
                checkSources(group, sink);
            }
        }
        if (facts.managed() != null && facts.published() != null) {
            checkPublishedWithinManaged(facts.managed(), facts.published(), sink);
        }
    }

    private static void checkKinds(PerformanceFacts.Group group, FindingSink sink) {
        if (group.kinds().isEmpty()) {
            return;
        }
        List<NarrativeFact> counts = new ArrayList<>();
        List<NarrativeFact> amounts = new ArrayList<>();
        for (PerformanceFacts.Kind kind : group.kinds()) {
            counts.add(kind.count());
            if (kind.amount() != null) {
                amounts.add(kind.amount());
            }
        }
        BigDecimal countSum = counts.stream().map(NarrativeFact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (countSum.compareTo(group.count().value()) != 0) {
            FindingSink.Builder finding = sink.add(Subjects.describe(group.count()) + "为"
                    + Subjects.valueText(group.count()) + "，而按类别所列项目数合计" + countSum.toPlainString() + "个")
                    .at(Checks.at(group.count())).values(countSum, group.count().value());
            Checks.evidence(finding, group.count());
            counts.forEach(c -> Checks.evidence(finding, c));
        }
        if (group.amount() != null && amounts.size() == counts.size()) {
            Checks.totalOfParts(sink, group.amount(), amounts);
        }
    }

    private static void checkSources(PerformanceFacts.Group group, FindingSink sink) {
        if (group.amount() == null || group.sources().size() < 2) {
            return;
        }
        FindingSink.Builder finding = Checks.totalOfParts(sink, group.amount(), group.sources());
        if (finding != null && Tolerance.sum(group.amount().value(), group.sources().stream()
                .map(NarrativeFact::value).toList()) == Agreement.CONTRADICTS) {
            finding.severity(Severity.WARNING);
        }
    }

    private static void checkPublishedWithinManaged(PerformanceFacts.Group managed,
                                                    PerformanceFacts.Group published, FindingSink sink) {
        if (published.count().value().compareTo(managed.count().value()) > 0) {
            FindingSink.Builder finding = sink.add(Subjects.describe(published.count()) + "为"
                            + Subjects.valueText(published.count()) + "，多于纳入绩效目标管理的"
                            + Subjects.valueText(managed.count()))
                    .severity(Severity.WARNING).at(Checks.at(published.count()))
                    .values(managed.count().value(), published.count().value());
            Checks.evidence(finding, managed.count());
            Checks.evidence(finding, published.count());
        }
        NarrativeFact a = published.amount();
        NarrativeFact b = managed.amount();
        if (a != null && b != null && a.value().compareTo(b.value()) > 0
                && Tolerance.equal(a.value(), b.value()) == Agreement.CONTRADICTS) {
            FindingSink.Builder finding = sink.add(Subjects.describe(a) + "为" + Subjects.valueText(a)
                            + "，多于纳入绩效目标管理的项目金额" + Subjects.valueText(b))
                    .severity(Severity.WARNING).at(Checks.at(a)).values(b.value(), a.value());
            Checks.evidence(finding, b);
            Checks.evidence(finding, a);
        }
    }
}
