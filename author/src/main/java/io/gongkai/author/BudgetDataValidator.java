package io.gongkai.author;

import io.gongkai.author.derive.Catalogues;
import io.gongkai.author.derive.EconomicTable;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.catalog.classification.ClassificationLevel;
import io.gongkai.model.UnitType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks budget data before derivation: codes against the catalogues of the year, amounts, projects and units
 * that line items name, and texts the narrative quotes. Each problem says where it is through {@link Locator}, so
 * the XLSX template reports cells and JSON reports paths. Stateless and thread-safe.
 */
public final class BudgetDataValidator {

    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;
    /** The economic codes of 公务用车购置 (as table 10 ① counts them). */
    private static final java.util.Set<String> VEHICLE_PURCHASE_CODES = java.util.Set.of("30913", "31013");

    /** Where a field of the data is, for messages. */
    public interface Locator {
        /** A field of the line item with this index (0-based, in data order). */
        String lineItem(int index, String field);

        /** A field of the project plan with this index. */
        String project(int index, String field);

        /** Any other field (unit.type, other.reasons.total). */
        String field(String path);

        /** JSON paths: lineItems[3].functionCode. */
        Locator JSON = new Locator() {
            @Override
            public String lineItem(int index, String field) {
                return "lineItems[" + index + "]." + field;
            }

            @Override
            public String project(int index, String field) {
                return "projects[" + index + "]." + field;
            }

            @Override
            public String field(String path) {
                return path;
            }
        };
    }

    /** The problems of the data, empty when it can be derived. */
    public List<BudgetProblem> validate(BudgetData data, Locator at) {
        List<BudgetProblem> problems = new ArrayList<>();
        if (data.year() < MIN_YEAR || data.year() > MAX_YEAR) {
            problems.add(new BudgetProblem(at.field("year"), "预算年度 " + data.year() + " 不合理",
                    "budget year " + data.year() + " is not plausible"));
        }
        unit(data, at, problems);
        for (int i = 0; i < data.lineItems().size(); i++) {
            lineItem(data, i, at, problems);
        }
        projects(data, at, problems);
        other(data.other(), at, problems);
        byFunction(data, at, problems);
        return problems;
    }

    private static void unit(BudgetData data, Locator at, List<BudgetProblem> problems) {
        if (data.unit().name().isBlank()) {
            problems.add(new BudgetProblem(at.field("unit.name"), "未填写部门名称", "the department's name is missing"));
        }
        if (data.unit().type() == UnitType.UNKNOWN) {
            problems.add(new BudgetProblem(at.field("unit.type"), "未填写单位性质（行政单位、参照公务员法管理事业单位或事业单位）",
                    "the unit type (行政单位, 参照公务员法管理事业单位 or 事业单位) is missing"));
        }
        for (UnitFacts.ConsolidatedUnit u : data.unit().consolidatedUnits()) {
            if (u.type() == UnitType.UNKNOWN) {
                problems.add(new BudgetProblem(at.field("unit.consolidatedUnits"), "所属单位" + u.name() + "未填写单位性质",
                        "consolidated unit " + u.name() + " has no unit type"));
            }
        }
    }

    private static void lineItem(BudgetData data, int i, Locator at, List<BudgetProblem> problems) {
        LineItem item = data.lineItems().get(i);
        ClassificationCatalog functional = Catalogues.functional(data.year());
        String code = item.functionCode();
        if (code == null || !functional.exists(code)
                || ClassificationLevel.ofCode(code).orElse(null) != ClassificationLevel.ITEM) {
            problems.add(code != null && functional.exists(code)
                    ? new BudgetProblem(at.lineItem(i, "functionCode"), "功能分类科目 " + code + " 不是项级科目（7位）",
                            "functional code " + code + " is not a 项 (7 digits)")
                    : new BudgetProblem(at.lineItem(i, "functionCode"), "功能分类科目 " + code + " 不存在",
                            "functional code " + code + " does not exist in the " + functional.year() + " catalogue"));
        }
        String economic = item.economicCode();
        if (economic == null || !ClassificationCatalog.economicDepartment().exists(economic)
                || economic.length() != ClassificationLevel.SECTION.codeLength()) {
            problems.add(new BudgetProblem(at.lineItem(i, "economicCode"), "部门经济分类科目 " + economic + " 不存在或不是款级",
                    "departmental economic code " + economic + " does not exist or is not a 款"));
        } else if (item.governmentEconomicCode() != null
                && !ClassificationCatalog.economicGovernment().exists(item.governmentEconomicCode())) {
            problems.add(new BudgetProblem(at.lineItem(i, "governmentEconomicCode"),
                    "政府经济分类科目 " + item.governmentEconomicCode() + " 不存在",
                    "government economic code " + item.governmentEconomicCode() + " does not exist"));
        } else if (EconomicTable.governmentCode(data, item).isEmpty()
                && data.unit().type() != UnitType.UNKNOWN) {
            problems.add(new BudgetProblem(at.lineItem(i, "governmentEconomicCode"),
                    "部门经济分类科目 " + economic + " 无法按对照表确定政府经济分类，请填写政府经济分类科目",
                    "departmental economic code " + economic + " has no standard government code; give one"));
        }
        amount(item.amount(), at.lineItem(i, "amount"), problems, false);
        if (item.nature() == ExpenditureNature.PROJECT && item.project() == null) {
            problems.add(new BudgetProblem(at.lineItem(i, "project"), "项目支出未填写项目名称",
                    "project expenditure without a project name"));
        }
        if (item.nature() == ExpenditureNature.BASIC && item.project() != null) {
            problems.add(new BudgetProblem(at.lineItem(i, "project"), "基本支出不应填写项目名称（" + item.project() + "）",
                    "basic expenditure must not name a project (" + item.project() + ")"));
        }
        if (item.carryover() && !item.source().fiscal()) {
            problems.add(new BudgetProblem(at.lineItem(i, "source"), "上年结转只能来自财政拨款（一般公共预算、政府性基金预算、国有资本经营预算）",
                    "carry-over must come from fiscal funds (一般公共预算, 政府性基金预算, 国有资本经营预算)"));
        }
        if (item.unit() != null && !item.unit().equals(data.unit().name()) && data.unit().consolidatedUnits()
                .stream().noneMatch(u -> u.name().equals(item.unit()))) {
            problems.add(new BudgetProblem(at.lineItem(i, "unit"), "单位 " + item.unit() + " 不在所属预算单位中",
                    "unit " + item.unit() + " is not one of the consolidated units"));
        }
    }

    private static void projects(BudgetData data, Locator at, List<BudgetProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < data.projects().size(); i++) {
            ProjectPlan plan = data.projects().get(i);
            String unit = plan.unit() == null || plan.unit().equals(data.unit().name()) ? null : plan.unit();
            if (!seen.add(unit + "\u0000" + plan.name())) {
                problems.add(new BudgetProblem(at.project(i, "name"), "项目 " + plan.name() + " 重复填写",
                        "project " + plan.name() + " is described twice"));
            }
            BigDecimal annual = BigDecimal.ZERO;
            boolean named = false;
            for (LineItem item : data.lineItems()) {
                String itemUnit = item.unit() == null || item.unit().equals(data.unit().name()) ? null : item.unit();
                if (plan.name().equals(item.project()) && java.util.Objects.equals(unit, itemUnit)) {
                    named = true;
                    if (!item.carryover()) {
                        annual = annual.add(item.amount());
                    }
                }
            }
            if (!named) {
                problems.add(new BudgetProblem(at.project(i, "name"), "项目 " + plan.name() + " 没有对应的预算明细",
                        "project " + plan.name() + " has no line items"));
                continue;
            }
            BigDecimal parts = BigDecimal.ZERO;
            for (BigDecimal part : new BigDecimal[] {plan.central(), plan.provincial(), plan.selfRaised(),
                plan.other()}) {
                if (part != null) {
                    amount(part, at.project(i, "funding"), problems, true);
                    parts = parts.add(part);
                }
            }
            if (parts.compareTo(annual) > 0) {
                problems.add(new BudgetProblem(at.project(i, "funding"), "项目 " + plan.name() + " 中央、省级、自筹和其他资金合计"
                        + parts.toPlainString() + "元超过年度资金" + annual.toPlainString() + "元",
                        "project " + plan.name() + ": central, provincial, self-raised and other funds exceed the year's "
                                + annual.toPlainString() + " yuan"));
            }
            if (plan.periodTotal() != null && plan.periodTotal().compareTo(annual) < 0) {
                problems.add(new BudgetProblem(at.project(i, "periodTotal"), "项目 " + plan.name() + " 实施期资金总额小于年度资金",
                        "project " + plan.name() + ": the period's funds are less than the year's"));
            }
        }
    }

    private static void other(OtherFacts other, Locator at, List<BudgetProblem> problems) {
        OtherFacts.Reasons r = other.reasons();
        String[][] reasons = {{"total", r.total()}, {"gpb", r.gpb()}, {"threePublic", r.threePublic()},
            {"operatingCosts", r.operatingCosts()}, {"purchasedServices", other.purchasedServices()}};
        for (String[] reason : reasons) {
            if (reason[1] != null && DIGIT.matcher(reason[1]).find()) {
                problems.add(new BudgetProblem(at.field("other.reasons." + reason[0]),
                        "说明文字不能包含数字（说明中的金额由系统根据预算数据生成）",
                        "reason texts must not contain figures: the narrative states figures from the data"));
            }
        }
        OtherFacts.LastYear last = other.lastYear();
        BigDecimal[] lastFigures = {last.total(), last.gpbCurrent(), last.abroad(), last.reception(),
            last.vehiclePurchase(), last.vehicleOperation(), last.operatingCosts()};
        for (BigDecimal figure : lastFigures) {
            if (figure != null) {
                amount(figure, at.field("other.lastYear"), problems, true);
            }
        }
        OtherFacts.ProcurementPlan p = other.procurement();
        for (BigDecimal figure : new BigDecimal[] {p.goods(), p.works(), p.services()}) {
            amount(figure, at.field("other.procurement"), problems, true);
        }
        OtherFacts.AssetFacts a = other.assets();
        boolean negative = a.vehicleQuota() < 0 || a.equipmentOver500k() < 0 || a.equipmentOver1m() < 0
                || a.officeArea().signum() < 0 || a.vehicles().values().stream().anyMatch(n -> n == null || n < 0);
        if (negative) {
            problems.add(new BudgetProblem(at.field("other.assets"), "资产数量不能为负数", "asset counts cannot be negative"));
        }
        if (a.equipmentOver1m() > a.equipmentOver500k()) {
            problems.add(new BudgetProblem(at.field("other.assets"), "100万元以上设备数不能多于50万元以上设备数",
                    "equipment over 1,000,000 yuan cannot outnumber equipment over 500,000 yuan"));
        }
        for (Map.Entry<String, Integer> v : a.vehicles().entrySet()) {
            if (v.getKey().isBlank()) {
                problems.add(new BudgetProblem(at.field("other.assets.vehicles"), "车辆类别名称为空",
                        "a vehicle category has no name"));
            }
        }
    }

    /**
     * Last year's 一般公共预算当年支出 by 项 and the reasons by functional code: codes of the year's catalogue at the
     * right level, amounts that add up to last year's 一般公共预算当年支出 when both are given, reasons without
     * figures.
     */
    private static void byFunction(BudgetData data, Locator at, List<BudgetProblem> problems) {
        ClassificationCatalog functional = Catalogues.functional(data.year());
        OtherFacts.LastYear last = data.other().lastYear();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : last.gpbByFunction().entrySet()) {
            String where = at.field("other.lastYear.gpbByFunction." + e.getKey());
            if (!functional.exists(e.getKey())
                    || ClassificationLevel.ofCode(e.getKey()).orElse(null) != ClassificationLevel.ITEM) {
                problems.add(new BudgetProblem(where, "上年功能分类科目 " + e.getKey() + " 不存在或不是项级科目（7位）",
                        "last year's functional code " + e.getKey() + " does not exist or is not a 项 (7 digits)"));
            }
            amount(e.getValue(), where, problems, true);
            sum = sum.add(e.getValue() == null ? BigDecimal.ZERO : e.getValue());
        }
        if (!last.gpbByFunction().isEmpty() && last.gpbCurrent() != null && sum.compareTo(last.gpbCurrent()) != 0) {
            problems.add(new BudgetProblem(at.field("other.lastYear.gpbByFunction"), "上年一般公共预算当年支出各项合计"
                    + sum.toPlainString() + "元与上年一般公共预算当年支出" + last.gpbCurrent().toPlainString() + "元不一致",
                    "last year's amounts by functional code add up to " + sum.toPlainString()
                            + " yuan, not last year's 一般公共预算当年支出 of " + last.gpbCurrent().toPlainString()
                            + " yuan"));
        }
        for (Map.Entry<String, String> e : data.other().reasons().byFunction().entrySet()) {
            String where = at.field("other.reasons.byFunction." + e.getKey());
            ClassificationLevel level = ClassificationLevel.ofCode(e.getKey()).orElse(null);
            if (!functional.exists(e.getKey())
                    || level != ClassificationLevel.CLASS && level != ClassificationLevel.ITEM) {
                problems.add(new BudgetProblem(where, "变动原因的功能分类科目 " + e.getKey() + " 不存在或不是类级（3位）、项级（7位）科目",
                        "the reason's functional code " + e.getKey() + " does not exist or is not a 类 (3 digits) or"
                                + " 项 (7 digits)"));
            }
            if (e.getValue() != null && DIGIT.matcher(e.getValue()).find()) {
                problems.add(new BudgetProblem(where, "说明文字不能包含数字（说明中的金额由系统根据预算数据生成）",
                        "reason texts must not contain figures: the narrative states figures from the data"));
            }
        }
        OtherFacts.ThreePublicCounts c = data.other().threePublicCounts();
        boolean purchaseBudgeted = data.lineItems().stream().anyMatch(i -> !i.carryover() && i.source().fiscal()
                && VEHICLE_PURCHASE_CODES.contains(i.economicCode()) && i.amount() != null && i.amount().signum() > 0);
        if (c.vehiclesPurchased() != null && c.vehiclesPurchased() > 0 && !purchaseBudgeted) {
            problems.add(new BudgetProblem(at.field("other.threePublicCounts.vehiclesPurchased"),
                    "计划购置公务用车" + c.vehiclesPurchased() + "辆，但预算明细中没有财政拨款安排的公务用车购置费（30913、31013）",
                    "plans to buy " + c.vehiclesPurchased() + " vehicles but no fiscal line item budgets their"
                            + " purchase (30913, 31013)"));
        }
        for (Integer count : new Integer[] {c.abroadGroups(), c.abroadPeople(), c.vehiclesPurchased(),
            c.receptionBatches(), c.receptionPeople()}) {
            if (count != null && count < 0) {
                problems.add(new BudgetProblem(at.field("other.threePublicCounts"), "“三公”经费团组、人次、车辆、批次数不能为负数",
                        "三公 counts (groups, people, vehicles, batches) cannot be negative"));
                break;
            }
        }
    }

    private static void amount(BigDecimal amount, String where, List<BudgetProblem> problems, boolean zeroAllowed) {
        if (amount == null) {
            problems.add(new BudgetProblem(where, "金额未填写", "the amount is missing"));
        } else if (amount.signum() < 0 || !zeroAllowed && amount.signum() == 0) {
            problems.add(new BudgetProblem(where, "金额 " + amount.toPlainString() + " 必须" + (zeroAllowed ? "不小于零" : "大于零"),
                    "amount " + amount.toPlainString() + " must be " + (zeroAllowed ? "zero or more" : "positive")));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new BudgetProblem(where, "金额 " + amount.toPlainString() + " 超过两位小数（单位：元）",
                    "amount " + amount.toPlainString() + " has more than two decimals (yuan)"));
        }
    }
}
