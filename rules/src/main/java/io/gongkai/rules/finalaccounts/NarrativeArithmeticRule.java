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
import io.gongkai.model.NarrativeFact;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.util.Map;

/**
 * The arithmetic of the 情况说明's own figures: each 占X% equals the amount before it ÷ the section's whole (收入合计,
 * 支出合计, 支出决算, 政府采购支出总额), 完成年初预算（全年预算）的X% equals 支出决算 ÷ that budget (in the 三公
 * section, where each item states only its completion of a budget the text does not give, only the total's), and
 * each 增减B% equals the change
 * A ÷ last year's figure (the amount − A).
 */
@RuleDoc(id = "FA-030", title = "说明中的占比、完成率和增减率与所述金额一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "说明中的百分比由所述金额计算而来，百分比与金额不符说明其中至少一个数字有误。",
        basis = "DOMAIN.md 恒等式11：占比、同比增减的内部一致")
public final class NarrativeArithmeticRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        java.util.Set<String> threePublic = new java.util.HashSet<>();
        report.narrative().sections().stream().filter(s -> s.title().contains("三公"))
                .forEach(s -> threePublic.add(s.number()));
        List<NarrativeFact> facts = report.narrative().facts();
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact f = facts.get(i);
            boolean completionOnly = threePublic.contains(f.section().replaceFirst("\\(.*$", ""))
                    && i > 0 && !facts.get(i - 1).subject().endsWith("支出决算");
            if (f.kind() == FactKind.SHARE && i > 0 && isAmount(facts.get(i - 1), f.section()) && !completionOnly) {
                share(sink, facts, facts.get(i - 1), f);
            } else if (f.kind() == FactKind.CHANGE && i + 1 < facts.size()
                    && facts.get(i + 1).kind() == FactKind.CHANGE_RATE
                    && facts.get(i + 1).section().equals(f.section())) {
                NarrativeFact rate = facts.get(i + 1);
                base(facts, i, f).ifPresent(amount -> rate(sink, amount, f, rate));
            }
        }
    }

    private static boolean isAmount(NarrativeFact f, String section) {
        return f.kind() == FactKind.AMOUNT && "万元".equals(f.unit()) && f.section().equals(section);
    }

    private static void share(FindingSink sink, List<NarrativeFact> facts, NarrativeFact part, NarrativeFact share) {
        List<NarrativeFact> amounts = facts.stream().filter(x -> isAmount(x, share.section())).toList();
        // 完成年初预算的X% and 完成全年预算的X%: 支出决算 over the budget the section states
        Optional<NarrativeFact> initial = amounts.stream().filter(x -> x.subject().endsWith("年初预算")
                || x.subject().endsWith("全年预算")).findFirst();
        Optional<NarrativeFact> whole;
        if (part.subject().endsWith("支出决算") && initial.isPresent()) {
            whole = initial;
        } else {
            whole = amounts.stream().filter(x -> x.subject().endsWith("支出决算")).findFirst()
                    .or(() -> amounts.stream().findFirst());
        }
        if (whole.isEmpty() || whole.get() == part && !part.subject().endsWith("支出决算")
                || whole.get().value().signum() == 0) {
            return;
        }
        Agreement agreement = Tolerance.share(share.value(), part.value(), whole.get().value());
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        BigDecimal expected = Tolerance.percent(part.value(), whole.get().value(), share.value());
        FindingSink.Builder b = Verdicts.report(sink, agreement, "情况说明" + share.section() + "「" + part.subject() + "」" + share.value()
                .toPlainString() + "%，按" + part.value().toPlainString() + "万元÷「" + whole.get().subject() + "」"
                + whole.get().value().toPlainString() + "万元计算应为" + expected.toPlainString() + "%");
        if (b != null) {
            b.at(new Location(null, part.subject(), "share", share.section())).values(expected, share.value())
                    .evidence("情况说明「" + part.subject() + "」", part.value().toPlainString(), part.source());
        }
    }

    /**
     * The amount a change qualifies: the last AMOUNT before it with its subject, else the last AMOUNT before it
     * (also when its subject is a budget: a change on last year is said of what was spent).
     */
    private static Optional<NarrativeFact> base(List<NarrativeFact> facts, int at, NarrativeFact change) {
        NarrativeFact fallback = null;
        for (int j = at - 1; j >= 0; j--) {
            NarrativeFact f = facts.get(j);
            if (!isAmount(f, change.section())) {
                continue;
            }
            // a change "比上年" qualifies spending, not the budget its sentence names first (三公: 全年预算 …, 支出决算 …)
            if (f.subject().equals(change.subject()) && !f.subject().endsWith("预算")) {
                return Optional.of(f);
            }
            if (fallback == null) {
                fallback = f;
            }
        }
        return Optional.ofNullable(fallback);
    }

    private static void rate(FindingSink sink, NarrativeFact amount, NarrativeFact change, NarrativeFact rate) {
        BigDecimal lastYear = amount.value().subtract(change.value());
        if (lastYear.signum() == 0) {
            return;
        }
        Agreement agreement = Tolerance.rate(rate.value(), change.value(), amount.value());
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        BigDecimal expected = Tolerance.percent(change.value(), lastYear, rate.value());
        FindingSink.Builder b = Verdicts.report(sink, agreement,
                "情况说明" + rate.section() + "「" + change.subject() + "」变动" + change.value().toPlainString()
                        + "万元、变动率" + rate.value().toPlainString() + "%，按本年" + amount.value().toPlainString()
                        + "万元推算上年" + lastYear.toPlainString() + "万元，变动率应为" + expected.toPlainString() + "%");
        if (b != null) {
            b.at(new Location(null, change.subject(), "changeRate", rate.section())).values(expected, rate.value())
                    .evidence("情况说明「" + change.subject() + "」变动", change.value().toPlainString(), change.source());
        }
    }
}
