package io.gongkai.rules.narrative;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * 八 机关运行经费: the amount against table 11's 合计 (without table 11, against table 6's 公用经费 for an
 * administrative unit, as a probable defect), and the number of units it speaks of (所属N家) against table 11's
 * unit rows (a probable defect).
 */
@RuleDoc(id = "NARR-020", title = "机关运行经费说明与表11一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "机关运行经费反映行政运转成本，说明中的金额与机关运行经费表（或基本支出中的公用经费）不一致，说明口径或数字有误。",
        basis = "DOMAIN.md 恒等式11、9；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class OperatingCostsMatchTablesRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (!Checks.isBudget(report)) {
            return;
        }
        for (NarrativeFact fact : Topics.facts(report, Topic.OPERATING)) {
            if (fact.kind() == FactKind.AMOUNT) {
                Checks.againstTables(sink, fact, Bindings.of(report, fact, Topic.OPERATING));
            } else if (fact.kind() == FactKind.COUNT && "家".equals(fact.unit())) {
                checkUnitCount(report, fact, sink);
            }
        }
    }

    private static void checkUnitCount(Report report, NarrativeFact fact, FindingSink sink) {
        Optional<DisclosureTable> t11 = Tables.of(report, TableType.OPERATING_COSTS);
        if (t11.isEmpty()) {
            return;
        }
        long units = Figures.unitCount(t11.get());
        if (units == 0 || fact.value().compareTo(BigDecimal.valueOf(units)) == 0) {
            return;
        }
        FindingSink.Builder finding = sink.add(Subjects.describe(fact) + "称" + Subjects.valueText(fact)
                        + "单位，但表11列有" + units + "个单位")
                .severity(Severity.WARNING)
                .at(new Location(11, null, null, "情况说明" + fact.section()))
                .values(BigDecimal.valueOf(units), fact.value())
                .evidence("表11单位行数", String.valueOf(units), t11.get().source());
        Checks.evidence(finding, fact);
    }
}
