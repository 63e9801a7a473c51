package io.gongkai.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetDataValidatorTest {

    private final BudgetDataValidator validator = new BudgetDataValidator();

    @Test
    void acceptsTheExample() {
        assertThat(validator.validate(BudgetExamples.countyAgriculture(), BudgetDataValidator.Locator.JSON)).isEmpty();
    }

    @Test
    void namesEachProblemWithItsPlace() {
        BudgetData example = BudgetExamples.countyAgriculture();
        List<LineItem> items = new ArrayList<>(example.lineItems());
        LineItem first = items.get(0);
        items.set(0, new LineItem("别的单位", "20101", "30101", null, FundSource.BUSINESS_INCOME,
                ExpenditureNature.BASIC, null, true, new BigDecimal("-5")));
        items.set(1, new LineItem(null, first.functionCode(), "30101", null, FundSource.GENERAL_PUBLIC_BUDGET,
                ExpenditureNature.PROJECT, null, false, new BigDecimal("10.005")));
        OtherFacts other = new OtherFacts(example.other().lastYear(),
                new OtherFacts.Reasons("在职人员增加2人", null, null, null), example.other().procurement(),
                example.other().assets(), null);
        BudgetData broken = new BudgetData(example.year(), example.unit(), items, example.projects(),
                example.fundIncome(), example.soeIncome(), other);

        assertThat(validator.validate(broken, BudgetDataValidator.Locator.JSON)).extracting(BudgetProblem::message)
                .containsExactly(
                        "lineItems[0].functionCode：功能分类科目 20101 不是项级科目（7位） / functional code 20101 is not a 项 (7 digits)",
                        "lineItems[0].amount：金额 -5 必须大于零 / amount -5 must be positive",
                        "lineItems[0].source：上年结转只能来自财政拨款（一般公共预算、政府性基金预算、国有资本经营预算） / carry-over "
                                + "must come from fiscal funds (一般公共预算, 政府性基金预算, 国有资本经营预算)",
                        "lineItems[0].unit：单位 别的单位 不在所属预算单位中 / unit 别的单位 is not one of the consolidated units",
                        "lineItems[1].amount：金额 10.005 超过两位小数（单位：元） / amount 10.005 has more than two decimals (yuan)",
                        "lineItems[1].project：项目支出未填写项目名称 / project expenditure without a project name",
                        "other.reasons.total：说明文字不能包含数字（说明中的金额由系统根据预算数据生成） / reason texts must not "
                                + "contain figures: the narrative states figures from the data");
    }

    @Test
    void aProjectWithoutLineItemsIsReported() {
        BudgetData example = BudgetExamples.countyAgriculture();
        List<ProjectPlan> plans = new ArrayList<>(example.projects());
        ProjectPlan p = plans.get(0);
        plans.add(new ProjectPlan("不存在的项目", null, p.category(), p.attribute(), p.period(), null, null, null, null,
                null, null, null, null, null, null, null, null, List.of(), List.of(), true));
        BudgetData data = new BudgetData(example.year(), example.unit(), example.lineItems(), plans,
                example.fundIncome(), example.soeIncome(), example.other());

        assertThat(validator.validate(data, BudgetDataValidator.Locator.JSON)).extracting(BudgetProblem::message)
                .containsExactly("projects[8].name：项目 不存在的项目 没有对应的预算明细 / project 不存在的项目 has no line items");
    }

    @Test
    void checksLastYearsBreakdownAndTheThreePublicCounts() {
        BudgetData example = BudgetExamples.countyAgriculture();
        OtherFacts.LastYear l = example.other().lastYear();
        OtherFacts.LastYear last = new OtherFacts.LastYear(l.total(), l.gpbCurrent(), l.abroad(), l.reception(),
                l.vehiclePurchase(), l.vehicleOperation(), l.operatingCosts(),
                java.util.Map.of("2130153", new BigDecimal("2000000"), "21301", new BigDecimal("5")));
        OtherFacts.Reasons r = example.other().reasons();
        OtherFacts.Reasons reasons = new OtherFacts.Reasons(r.total(), r.gpb(), r.threePublic(), r.operatingCosts(),
                java.util.Map.of("21301", "项目调整", "2130153", "新增3个片区"));
        OtherFacts o = example.other();
        OtherFacts other = new OtherFacts(last, reasons, o.procurement(), o.assets(), o.purchasedServices(),
                new OtherFacts.ThreePublicCounts(0, 0, 2, 42, null));
        BudgetData data = new BudgetData(example.year(), example.unit(), example.lineItems(), example.projects(),
                example.fundIncome(), example.soeIncome(), other);

        assertThat(validator.validate(data, BudgetDataValidator.Locator.JSON)).extracting(BudgetProblem::message)
                .containsExactly(
                        "other.lastYear.gpbByFunction.21301：上年功能分类科目 21301 不存在或不是项级科目（7位） / last year's "
                                + "functional code 21301 does not exist or is not a 项 (7 digits)",
                        "other.lastYear.gpbByFunction：上年一般公共预算当年支出各项合计2000005元与上年一般公共预算当年支出14980000元"
                                + "不一致 / last year's amounts by functional code add up to 2000005 yuan, not last year's "
                                + "一般公共预算当年支出 of 14980000 yuan",
                        "other.reasons.byFunction.21301：变动原因的功能分类科目 21301 不存在或不是类级（3位）、项级（7位）科目 / the "
                                + "reason's functional code 21301 does not exist or is not a 类 (3 digits) or 项 (7 digits)",
                        "other.reasons.byFunction.2130153：说明文字不能包含数字（说明中的金额由系统根据预算数据生成） / reason texts "
                                + "must not contain figures: the narrative states figures from the data",
                        "other.threePublicCounts.vehiclesPurchased：计划购置公务用车2辆，但预算明细中没有财政拨款安排的公务用车购置费"
                                + "（30913、31013） / plans to buy 2 vehicles but no fiscal line item budgets their purchase "
                                + "(30913, 31013)");
    }
}
