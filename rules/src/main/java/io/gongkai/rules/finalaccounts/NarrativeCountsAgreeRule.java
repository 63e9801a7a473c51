package io.gongkai.rules.finalaccounts;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The counts of final accounts' 情况说明, within themselves, read from the narrative facts in document order:
 * <ul>
 *   <li>国有资产: the vehicles held (车辆 N辆 / 实有公务用车) = Σ the categories listed after it (…用车);</li>
 *   <li>绩效自评: N个 projects self-evaluated = the 优 + 良 + 中 + 差 counts that follow, and 0个 goes with 涉及资金0;</li>
 *   <li>三公: a count of groups, persons or vehicles bought (出国团组、人次、购置公务用车) is 0 exactly when the amount
 *       it is stated with is 0 (a WARNING: a vehicle may be bought with other money or allocated).</li>
 * </ul>
 */
@RuleDoc(id = "FA-031", title = "决算说明所列车辆分类、自评等级个数及“三公”个数与金额自洽",
        category = Category.FINAL_ACCOUNTS, severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "车辆按用途分类之和应等于车辆总数；自评为优、良、中、差的项目个数之和应等于自评项目个数；"
                + "没有出国团组、接待人次或购置车辆时不应有相应支出，反之亦然。不符说明说明中的数字写错。",
        basis = "财政部部门决算公开说明模板：国有资产占用情况、预算绩效情况、“三公”经费支出决算情况")
public final class NarrativeCountsAgreeRule implements Rule {

    private static final int GRADES = 4;

    @Override
    public void check(Report report, FindingSink sink) {
        List<NarrativeFact> facts = report.narrative().facts().stream().filter(f -> f.value() != null).toList();
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact fact = facts.get(i);
            if (fact.kind() != FactKind.COUNT) {
                continue;
            }
            String subject = fact.subject() == null ? "" : fact.subject();
            if ("辆".equals(fact.unit()) && isVehicleTotal(subject)) {
                vehicles(fact, following(facts, i), sink);
            } else if (subject.contains("绩效自评个数")) {
                evaluations(fact, following(facts, i), sink);
            } else if (isThreePublicCount(fact, subject)) {
                NarrativeFact amount = precedingAmount(facts, i);
                if (amount != null) {
                    zeroTogether(fact, amount, sink, Severity.WARNING);
                }
            }
        }
    }

    private static boolean isVehicleTotal(String subject) {
        return subject.equals("车辆") || subject.equals("公务用车") || subject.contains("实有");
    }

    private static boolean isThreePublicCount(NarrativeFact fact, String subject) {
        return ("个".equals(fact.unit()) && subject.contains("团组")) || "人".equals(fact.unit())
                || ("辆".equals(fact.unit()) && subject.contains("购置"));
    }

    /** The facts after index i in the same section. */
    private static List<NarrativeFact> following(List<NarrativeFact> facts, int i) {
        List<NarrativeFact> out = new ArrayList<>();
        for (int j = i + 1; j < facts.size() && facts.get(j).section().equals(facts.get(i).section()); j++) {
            out.add(facts.get(j));
        }
        return out;
    }

    /** The nearest 万元 amount before index i in the same section, or null. */
    private static NarrativeFact precedingAmount(List<NarrativeFact> facts, int i) {
        for (int j = i - 1; j >= 0 && facts.get(j).section().equals(facts.get(i).section()); j--) {
            NarrativeFact f = facts.get(j);
            if (f.kind() == FactKind.AMOUNT) {
                return "万元".equals(f.unit()) ? f : null;
            }
        }
        return null;
    }

    private static void vehicles(NarrativeFact total, List<NarrativeFact> after, FindingSink sink) {
        List<NarrativeFact> categories = new ArrayList<>();
        for (NarrativeFact f : after) {
            if (f.kind() != FactKind.COUNT || !"辆".equals(f.unit()) || f.subject() == null
                    || !f.subject().endsWith("用车")) {
                break;
            }
            categories.add(f);
        }
        if (!categories.isEmpty()) {
            sum(total, categories, "分类车辆", sink);
        }
    }

    private static void evaluations(NarrativeFact count, List<NarrativeFact> after, FindingSink sink) {
        NarrativeFact amount = null;
        List<NarrativeFact> grades = new ArrayList<>();
        for (NarrativeFact f : after) {
            if (f.kind() == FactKind.AMOUNT && amount == null && grades.isEmpty()) {
                amount = f;
            } else if (f.kind() == FactKind.COUNT && "个".equals(f.unit())
                    && (f.subject() == null || f.subject().isBlank()) && grades.size() < GRADES) {
                grades.add(f);
            } else {
                break;
            }
        }
        if (amount != null) {
            zeroTogether(count, amount, sink, Severity.ERROR);
        }
        if (grades.size() == GRADES) {
            sum(count, grades, "自评等级为“优”“良”“中”“差”的项目", sink);
        }
    }

    private static void sum(NarrativeFact total, List<NarrativeFact> parts, String what, FindingSink sink) {
        BigDecimal sum = parts.stream().map(NarrativeFact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total.value()) == 0) {
            return;
        }
        FindingSink.Builder finding = sink.add("情况说明" + total.section() + "所述" + label(total) + "为"
                        + text(total) + "，而" + what + "合计" + sum.toPlainString() + total.unit())
                .at(Location.section(total.section())).values(sum, total.value());
        evidence(finding, total);
        parts.forEach(p -> evidence(finding, p));
    }

    private static void zeroTogether(NarrativeFact count, NarrativeFact amount, FindingSink sink,
                                     Severity severity) {
        if ((count.value().signum() == 0) == (amount.value().signum() == 0)) {
            return;
        }
        FindingSink.Builder finding = sink.add("情况说明" + count.section() + "所述" + label(count) + "为"
                        + text(count) + "，而" + label(amount) + "为" + text(amount)
                        + (count.value().signum() == 0 ? "：个数为0却有金额" : "：有个数却没有金额"))
                .severity(severity).at(Location.section(count.section()))
                .values(count.value().signum() == 0 ? BigDecimal.ZERO : null, amount.value());
        evidence(finding, count);
        evidence(finding, amount);
    }

    private static String label(NarrativeFact f) {
        return f.subject() == null || f.subject().isBlank() ? "数" : f.subject();
    }

    private static String text(NarrativeFact f) {
        return f.value().toPlainString() + (f.unit() == null ? "" : f.unit());
    }

    private static void evidence(FindingSink.Builder finding, NarrativeFact f) {
        finding.evidence("情况说明" + f.section() + "「" + label(f) + "」", text(f), f.source());
    }
}
