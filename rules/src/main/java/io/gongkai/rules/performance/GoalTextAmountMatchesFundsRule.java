package io.gongkai.rules.performance;

import io.gongkai.catalog.text.CharacterNormalizer;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 总体目标 of each half, where it names the project's money (需申请办公经费50万元), agrees with the funds of
 * that half. Only amounts in a clause about the project's own funds count (经费, 资金, 预算, 申请, 安排 …); per-unit
 * amounts (每人每月200元, 2400元/人) and outcomes (带动投资, 销售额) are left alone. A text passes when one of its
 * amounts, or their sum, equals the funds.
 */
@RuleDoc(id = "PERF-011", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "总体目标文字中的资金额与目标表资金一致",
        category = Category.PERFORMANCE, severity = Severity.ERROR,
        rationale = "总体目标中写明的资金规模与同一张表的资金总额不一致，读者无法判断哪个数字是真的，"
                + "通常是沿用了上年或实施期的文字。",
        basis = "DOMAIN.md 恒等式12；DOMAIN.md 已知缺陷（004 区乡两级人大办公经费）")
public final class GoalTextAmountMatchesFundsRule implements Rule {

    private static final Pattern MONEY = Pattern.compile("(\\d+(?:\\.\\d+)?)(万元|元)");
    private static final Pattern OWN_FUNDS = Pattern.compile("经费|资金|预算|申请|安排|投入|总额|拨付|补助|费用|金额");
    private static final Pattern OUTCOME = Pattern.compile(
            "销售|产值|营业|收入|增收|带动|拉动|投资|交易|税收|利润|节约|节省|挽回|损失|融资|贷款|营收|消费|争取|撬动"
                    + "|吸引|社会资本|累计|历年|以前年度|上年|去年");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern PER_UNIT = Pattern.compile("每(?!年)|人均|户均|亩均|标准|封顶|不超过");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            for (GoalHalf half : GoalHalf.of(goal)) {
                BigDecimal funds = half.funds().total();
                if (funds == null || half.goalText() == null) {
                    continue;
                }
                List<Stated> amounts = amounts(half.goalText(), report.year());
                if (amounts.isEmpty() || agrees(amounts, funds)) {
                    continue;
                }
                Stated first = amounts.get(0);
                String yuan = first.yuan().toPlainString();
                sink.add("绩效目标表「" + goal.projectName() + "」" + half.label() + "总体目标写明" + first.printed()
                                + "，而" + half.label() + "资金总额为" + funds.toPlainString() + "元（"
                                + GoalProjects.toWan(funds).toPlainString() + "万元）")
                        .at(Location.section("绩效目标表「" + goal.projectName() + "」" + half.label() + "总体目标"))
                        .values(funds, first.yuan())
                        .evidence(half.label() + "总体目标", half.goalText(), goal.source())
                        .evidence(half.describeFunds(), funds.toPlainString(), goal.source())
                        .evidence("总体目标中的金额（元）", yuan, goal.source());
            }
            checkDescription(goal, "项目概况", goal.overview(), report.year(), sink);
            checkDescription(goal, "项目实施计划", goal.plan(), report.year(), sink);
        }
    }

    /**
     * 项目概况 and 项目实施计划 describe the whole project: an amount of its own funds there agrees with the funds
     * of either half. A weaker sign than a goal text, so a warning.
     */
    private static void checkDescription(PerformanceGoal goal, String what, String text, int year,
                                         FindingSink sink) {
        if (text == null) {
            return;
        }
        List<Stated> amounts = amounts(text, year);
        BigDecimal annual = goal.annualFunds().total();
        BigDecimal period = goal.periodFunds().total();
        if (amounts.isEmpty() || annual == null && period == null || annual != null && agrees(amounts, annual)
                || period != null && agrees(amounts, period)) {
            return;
        }
        BigDecimal funds = period != null ? period : annual;
        Stated first = amounts.get(0);
        sink.add("绩效目标表「" + goal.projectName() + "」" + what + "写明" + first.printed() + "，而资金总额为"
                        + funds.toPlainString() + "元（" + GoalProjects.toWan(funds).toPlainString() + "万元）")
                .severity(Severity.WARNING)
                .at(Location.section("绩效目标表「" + goal.projectName() + "」" + what))
                .values(funds, first.yuan())
                .evidence(what, text, goal.source())
                .evidence("绩效目标表「" + goal.projectName() + "」资金总额（元）", funds.toPlainString(), goal.source());
    }

    private static boolean agrees(List<Stated> amounts, BigDecimal funds) {
        List<BigDecimal> parts = new ArrayList<>();
        for (Stated s : amounts) {
            if (!Tolerance.scaled(s.number(), s.factor(), funds).contradicts()) {
                return true;
            }
            parts.add(s.yuan());
        }
        return amounts.size() > 1 && Tolerance.sum(funds, parts) != Agreement.CONTRADICTS;
    }

    /** Whether a clause speaks of a year other than the budget year (an earlier grant, a later phase). */
    private static boolean otherYear(String clause, int year) {
        Matcher y = YEAR.matcher(clause);
        while (y.find()) {
            if (Integer.parseInt(y.group(1)) != year) {
                return true;
            }
        }
        return false;
    }

    /** Amounts of the project's own money in a goal text of a budget for the given year. */
    static List<Stated> amounts(String text, int year) {
        String s = Normalizer.normalize(CharacterNormalizer.normalize(text), Normalizer.Form.NFKC).replace(",", "");
        List<Stated> found = new ArrayList<>();
        Matcher m = MONEY.matcher(s);
        while (m.find()) {
            int clauseStart = Math.max(Math.max(s.lastIndexOf('，', m.start()), s.lastIndexOf('。', m.start())),
                    Math.max(s.lastIndexOf('；', m.start()), s.lastIndexOf(';', m.start())));
            String clause = s.substring(clauseStart + 1, m.start());
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 3));
            boolean perUnit = after.startsWith("/") || after.startsWith("每") || after.contains("封顶")
                    || PER_UNIT.matcher(clause).find();
            if (perUnit || !OWN_FUNDS.matcher(clause).find() || OUTCOME.matcher(clause).find()
                    || otherYear(clause, year)) {
                continue;
            }
            BigDecimal factor = m.group(2).equals("万元") ? TEN_THOUSAND : BigDecimal.ONE;
            found.add(new Stated(m.group(), new BigDecimal(m.group(1)), factor));
        }
        return found;
    }

    /**
     * An amount written in a goal text.
     *
     * @param printed as printed (50万元)
     * @param number its number
     * @param factor 10000 for 万元, 1 for 元
     */
    record Stated(String printed, BigDecimal number, BigDecimal factor) {

        BigDecimal yuan() {
            BigDecimal y = number.multiply(factor).stripTrailingZeros();
            return y.scale() < 0 ? y.setScale(0) : y;
        }
    }
}
