package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Procurement;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 九 政府采购: 政府采购预算总额 = 货物 + 工程 + 服务, from the section's statements (when at least two parts are
 * stated; an unstated part is zero), else from the procurement the reader assembled.
 */
@RuleDoc(id = "NARR-021", title = "政府采购预算总额等于货物、工程、服务之和",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "政府采购预算按品目只分货物、工程、服务三类，总额与三类之和不符说明采购预算数字有误。",
        basis = "DOMAIN.md 恒等式11；《中华人民共和国政府采购法》")
public final class ProcurementTotalEqualsPartsRule implements Rule {

    private static final List<String> PARTS = List.of("货物", "工程", "服务");

    @Override
    public void check(Report report, FindingSink sink) {
        NarrativeFact total = null;
        Map<String, NarrativeFact> parts = new LinkedHashMap<>();
        for (NarrativeFact fact : Topics.facts(report, Topic.PROCUREMENT)) {
            if (fact.kind() != FactKind.AMOUNT || !Bindings.WAN.equals(fact.unit())) {
                continue;
            }
            String s = Subjects.norm(fact.subject());
            String part = PARTS.stream().filter(s::contains).findFirst().orElse(null);
            if (part != null && !Subjects.namesTotal(s)) {
                parts.putIfAbsent(part, fact);
            } else if (total == null && !s.contains("中小企业")) {
                total = fact;
            }
        }
        if (total != null) {
            if (parts.size() >= 2) {
                Checks.totalOfParts(sink, total, new ArrayList<>(parts.values()));
            }
            return;
        }
        checkAssembled(report.procurement(), sink);
    }

    /** Without statements in a recognised section: the procurement figures the reader found. */
    private static void checkAssembled(Procurement p, FindingSink sink) {
        if (p.total() == null) {
            return;
        }
        List<BigDecimal> parts = new ArrayList<>();
        for (BigDecimal part : new BigDecimal[] {p.goods(), p.works(), p.services()}) {
            if (part != null) {
                parts.add(part);
            }
        }
        if (parts.size() < 2) {
            return;
        }
        Agreement agreement = Tolerance.sum(p.total(), parts);
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        FindingSink.Builder finding = Verdicts.report(sink, agreement, "政府采购预算总额" + p.total().toPlainString()
                + "万元，而货物、工程、服务合计" + sum.toPlainString() + "万元");
        if (finding != null) {
            finding.at(Location.section("情况说明 政府采购")).values(sum, p.total())
                    .evidence("政府采购预算总额", p.total().toPlainString(), p.source())
                    .evidence("货物、工程、服务",
                            String.join(" / ", parts.stream().map(Objects::toString).toList()), p.source());
        }
    }
}
