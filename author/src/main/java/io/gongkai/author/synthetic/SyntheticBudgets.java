package io.gongkai.author.synthetic;

import io.gongkai.author.BudgetData;
import io.gongkai.author.ExpenditureNature;
import io.gongkai.author.FundSource;
import io.gongkai.author.GoalIndicator;
import io.gongkai.author.IncomeItem;
import io.gongkai.author.LineItem;
import io.gongkai.author.OtherFacts;
import io.gongkai.author.ProjectCategory;
import io.gongkai.author.ProjectPlan;
import io.gongkai.author.UnitFacts;
import io.gongkai.author.derive.Catalogues;
import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.catalog.classification.ClassificationLevel;
import io.gongkai.catalog.classification.EconomicMapping;
import io.gongkai.catalog.classification.UnitKind;
import io.gongkai.model.UnitType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random but valid budget data of a made-up department, for property tests and the synthetic corpus: codes from
 * the catalogues, amounts in 元 with fen, basic and project spending from all sources, carry-over, consolidated
 * units of any type, projects with goals whose indicators agree with their money, and assets that agree with the
 * 三公 spending. The same seed gives the same data.
 *
 * <p>Habits of real budgets are kept where rules rely on them: “三公” items are paid from this year's 一般公共预算
 * basic spending; a department holds vehicles exactly when it budgets their running costs; 政府性基金 and
 * 国有资本经营 money pays for projects, and basic spending is only 工资福利, 商品和服务, 对个人和家庭的补助 and
 * 资本性支出 (310); a 事业单位 department consolidates only 事业单位; project names are unique within a budget
 * (COMP-013 counts projects by name).
 */
public final class SyntheticBudgets {

    private static final String[] PLACES = {"东川县", "西岭县", "南湖区", "北原县", "清河县", "石门区", "青山县", "安平县"};
    private static final String[] DEPARTMENTS = {"交通运输局", "教育局", "卫生健康局", "民政局", "水利局", "文化和旅游局",
        "自然资源局", "商务局", "司法局", "统计局"};
    private static final String[] PROJECT_WORDS = {"专项业务经费", "信息化建设", "设备购置", "维修改造", "培训经费",
        "宣传经费", "监测经费", "补助资金", "运行维护费", "工作经费"};
    private static final String[] VEHICLE_KINDS = {"领导用车", "机要通信用车", "应急保障用车", "执法执勤用车",
        "特种专业技术用车", "事业单位业务用车", "其他公务用车"};
    /** 三公 economic codes, kept for this year's 一般公共预算 basic spending. */
    private static final Set<String> THREE_PUBLIC = Set.of("30212", "30217", "30231", "30913", "31013");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final List<String> functionCodes;
    private final Map<UnitKind, List<String>> economicCodes = new LinkedHashMap<>();
    /** Economic 类 of basic spending: 工资福利, 商品和服务, 对个人和家庭的补助, 资本性支出 (equipment). */
    private static final List<String> BASIC_CLASSES = List.of("301", "302", "303", "310");
    private final Map<UnitKind, List<String>> basicEconomicCodes = new LinkedHashMap<>();

    /** A generator for the functional catalogue of the given year. */
    public SyntheticBudgets(int year) {
        this.functionCodes = Catalogues.functional(year).all().stream()
                .filter(c -> c.level() == ClassificationLevel.ITEM).map(Classification::code).toList();
        EconomicMapping mapping = EconomicMapping.standard();
        for (UnitKind kind : UnitKind.values()) {
            economicCodes.put(kind, ClassificationCatalog.economicDepartment().all().stream()
                    .filter(c -> c.level() == ClassificationLevel.SECTION)
                    .filter(c -> mapping.governmentFor(c.code(), kind).isPresent())
                    .filter(c -> !THREE_PUBLIC.contains(c.code()))
                    .map(Classification::code).toList());
            basicEconomicCodes.put(kind, economicCodes.get(kind).stream()
                    .filter(code -> BASIC_CLASSES.contains(code.substring(0, 3))).toList());
        }
    }

    /** A random valid budget for the year, from the seed. */
    public BudgetData generate(int year, long seed) {
        Random random = new Random(seed);
        String name = pick(random, PLACES) + pick(random, DEPARTMENTS);
        UnitType type = pick(random, UnitType.ADMINISTRATIVE, UnitType.CIVIL_SERVICE_MANAGED,
                UnitType.PUBLIC_INSTITUTION);
        List<UnitFacts.ConsolidatedUnit> units = new ArrayList<>();
        int unitCount = random.nextInt(3);
        for (int i = 0; i < unitCount; i++) {
            UnitType unitType = type == UnitType.PUBLIC_INSTITUTION ? type
                    : pick(random, UnitType.ADMINISTRATIVE, UnitType.CIVIL_SERVICE_MANAGED, UnitType.PUBLIC_INSTITUTION);
            units.add(new UnitFacts.ConsolidatedUnit(name.replace("局", "") + "第" + (i + 1) + "中心", unitType));
        }
        UnitFacts unit = new UnitFacts(name, String.valueOf(100 + random.nextInt(900)), type,
                List.of("负责本行业的规划、管理和服务。", "完成上级交办的其他任务。"), List.of("办公室", "业务股"),
                units.stream().map(UnitFacts.ConsolidatedUnit::name).toList(), units);
        List<LineItem> items = new ArrayList<>();
        basicItems(random, unit, items);
        List<ProjectPlan> plans = projectItems(random, unit, items);
        BigDecimal operation = items.stream().filter(i -> i.economicCode().equals("30231"))
                .map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fund = items.stream().filter(i -> !i.carryover() && i.source() == FundSource.GOVERNMENT_FUND)
                .map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<IncomeItem> fundIncome = fund.signum() == 0 ? List.of()
                : List.of(new IncomeItem("1030148", "国有土地使用权出让收入", fund));
        return new BudgetData(year, unit, items, plans, fundIncome, List.of(),
                other(random, items, operation.signum() > 0));
    }

    private void basicItems(Random random, UnitFacts unit, List<LineItem> items) {
        List<String> owners = new ArrayList<>();
        owners.add(null);
        unit.consolidatedUnits().forEach(u -> owners.add(u.name()));
        for (String owner : owners) {
            UnitKind kind = kindOf(unit, owner);
            int n = 2 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                boolean carry = random.nextInt(12) == 0;
                FundSource source = carry ? FundSource.GENERAL_PUBLIC_BUDGET : basicSource(random);
                items.add(new LineItem(owner, pick(random, functionCodes), pick(random, basicEconomicCodes.get(kind)),
                        null, source, ExpenditureNature.BASIC, null, carry, yuan(random, 2_000_000)));
            }
            if (random.nextBoolean()) {
                String code = pick(random, "30217", "30231", "30212");
                if (UnitKind.ORGAN == kind || !code.equals("30212")) {
                    items.add(new LineItem(owner, pick(random, functionCodes), code, null,
                            FundSource.GENERAL_PUBLIC_BUDGET, ExpenditureNature.BASIC, null, false,
                            yuan(random, 80_000)));
                }
            }
        }
    }

    private List<ProjectPlan> projectItems(Random random, UnitFacts unit, List<LineItem> items) {
        List<ProjectPlan> plans = new ArrayList<>();
        int n = random.nextInt(7);
        Set<String> names = new LinkedHashSet<>();
        for (int p = 0; p < n; p++) {
            String owner = unit.consolidatedUnits().isEmpty() || random.nextBoolean() ? null
                    : pick(random, unit.consolidatedUnits()).name();
            String name = pick(random, "年度", "重点", "县级", "基层", "") + pick(random, PROJECT_WORDS);
            if (!names.add(name)) {
                continue;
            }
            UnitKind kind = kindOf(unit, owner);
            boolean current = random.nextInt(5) != 0;
            boolean carried = !current || random.nextInt(4) == 0;
            BigDecimal annual = BigDecimal.ZERO;
            if (current) {
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    BigDecimal amount = yuan(random, 3_000_000);
                    annual = annual.add(amount);
                    items.add(new LineItem(owner, pick(random, functionCodes), pick(random, economicCodes.get(kind)),
                            null, source(random), ExpenditureNature.PROJECT, name, false, amount));
                }
            }
            if (carried) {
                items.add(new LineItem(owner, pick(random, functionCodes), pick(random, economicCodes.get(kind)), null,
                        pick(random, FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GENERAL_PUBLIC_BUDGET,
                                FundSource.GOVERNMENT_FUND), ExpenditureNature.PROJECT, name, true,
                        yuan(random, 1_000_000)));
            }
            if (current) {
                plans.add(plan(random, owner, name, annual));
            }
        }
        return plans;
    }

    private static ProjectPlan plan(Random random, String owner, String name, BigDecimal annual) {
        int count = 1 + random.nextInt(200);
        BigDecimal unitCost = annual.divide(BigDecimal.valueOf(count), 0, RoundingMode.DOWN);
        List<GoalIndicator> indicators = List.of(
                new GoalIndicator("产出指标", "数量指标", "完成工作任务数量", "≥" + count + "项"),
                new GoalIndicator("产出指标", "质量指标", "验收合格率", "100%"),
                new GoalIndicator("产出指标", "时效指标", "按期完成率", "≥95%"),
                new GoalIndicator("产出指标", "成本指标", "单项平均成本", "≤" + unitCost.toPlainString() + "元/项"),
                new GoalIndicator("效益指标", "社会效益指标", "服务保障能力", "提高"),
                new GoalIndicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥" + (85 + random.nextInt(11)) + "%"));
        BigDecimal provincial = random.nextInt(3) == 0 ? annual.divide(BigDecimal.TEN, 2, RoundingMode.DOWN) : null;
        return new ProjectPlan(name, owner, pick(random, ProjectCategory.values()), "经常性项目", "1年", null, null,
                provincial, null, null, "保障" + name + "相关工作开展。", "部门职责和年度工作计划", "履行部门职责需要。",
                "严格执行财务管理制度。", "按年度计划分阶段实施。", null, "按期完成" + name + "年度任务。", indicators, List.of(),
                random.nextInt(6) != 0);
    }

    private OtherFacts other(Random random, List<LineItem> items, boolean vehicles) {
        BigDecimal total = items.stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal gpb = items.stream().filter(i -> !i.carryover() && i.source() == FundSource.GENERAL_PUBLIC_BUDGET)
                .map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        OtherFacts.LastYear last = new OtherFacts.LastYear(vary(random, total), vary(random, gpb),
                yuan(random, 50_000), yuan(random, 50_000), BigDecimal.ZERO, yuan(random, 80_000),
                random.nextBoolean() ? null : yuan(random, 500_000));
        OtherFacts.Reasons reasons = new OtherFacts.Reasons("业务工作量变化", "支出结构调整", "厉行节约", "人员变动");
        OtherFacts.ProcurementPlan procurement = new OtherFacts.ProcurementPlan(yuan(random, 500_000),
                random.nextBoolean() ? BigDecimal.ZERO : yuan(random, 2_000_000), yuan(random, 300_000));
        Map<String, Integer> held = new LinkedHashMap<>();
        int heldTotal = 0;
        for (String kind : VEHICLE_KINDS) {
            int n = vehicles ? random.nextInt(3) : 0;
            held.put(kind, n);
            heldTotal += n;
        }
        if (vehicles && heldTotal == 0) {
            held.put("其他公务用车", 1);
            heldTotal = 1;
        }
        int over500k = random.nextInt(3);
        OtherFacts.AssetFacts assets = new OtherFacts.AssetFacts(null, heldTotal + random.nextInt(2), held,
                BigDecimal.valueOf(200 + random.nextInt(3000)), over500k, random.nextInt(over500k + 1));
        // Drawn from their own generator, seeded by the data, so that a seed still yields the same line items.
        Random breakdown = new Random(total.hashCode() * 31L + gpb.hashCode());
        if (breakdown.nextBoolean()) {
            Map<String, BigDecimal> byFunction = lastYearByFunction(breakdown, items);
            last = new OtherFacts.LastYear(last.total(), byFunction.values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add), last.abroad(), last.reception(), last.vehiclePurchase(),
                    last.vehicleOperation(), last.operatingCosts(), byFunction);
            Map<String, String> why = new LinkedHashMap<>();
            byFunction.keySet().stream().filter(code -> breakdown.nextInt(3) == 0)
                    .forEach(code -> why.put(breakdown.nextBoolean() ? code : code.substring(0, 3), "工作任务调整"));
            reasons = new OtherFacts.Reasons(reasons.total(), reasons.gpb(), reasons.threePublic(),
                    reasons.operatingCosts(), why);
        }
        // Counts only where money is budgeted: no 团组 without 因公出国（境）费, no 批次 without 公务接待费.
        boolean abroad = budgets(items, "30212");
        boolean reception = budgets(items, "30217");
        OtherFacts.ThreePublicCounts counts = breakdown.nextBoolean() ? null : new OtherFacts.ThreePublicCounts(
                abroad ? 1 + breakdown.nextInt(3) : 0, abroad ? 1 + breakdown.nextInt(8) : 0,
                budgets(items, "30913") || budgets(items, "31013") ? 1 + breakdown.nextInt(2) : 0,
                reception ? 1 + breakdown.nextInt(60) : 0,
                breakdown.nextBoolean() ? null : reception ? 1 + breakdown.nextInt(400) : 0);
        return new OtherFacts(last, reasons, procurement, assets, null, counts);
    }

    /**
     * Last year's 一般公共预算当年支出 by 项: this year's, each varied, one 项 sometimes dropped (new this year) and one
     * sometimes added (spent last year only).
     */
    private Map<String, BigDecimal> lastYearByFunction(Random random, List<LineItem> items) {
        Map<String, BigDecimal> now = new java.util.TreeMap<>();
        items.stream().filter(i -> !i.carryover() && i.source() == FundSource.GENERAL_PUBLIC_BUDGET)
                .forEach(i -> now.merge(i.functionCode(), i.amount(), BigDecimal::add));
        Map<String, BigDecimal> last = new java.util.TreeMap<>();
        now.forEach((code, amount) -> last.put(code, vary(random, amount)));
        if (last.size() > 1 && random.nextInt(3) == 0) {
            last.remove(pick(random, List.copyOf(last.keySet())));
        }
        if (random.nextInt(3) == 0) {
            last.putIfAbsent(pick(random, functionCodes), yuan(random, 300_000));
        }
        return last;
    }

    /** Whether this year's 财政拨款 spends on the economic code (as table 10 counts it). */
    private static boolean budgets(List<LineItem> items, String economicCode) {
        return items.stream().anyMatch(i -> !i.carryover() && i.source().fiscal()
                && i.economicCode().equals(economicCode) && i.amount().signum() > 0);
    }

    /** Last year's figure: within ±30% of this year's, sometimes equal. */
    private static BigDecimal vary(Random random, BigDecimal now) {
        if (random.nextInt(10) == 0) {
            return now;
        }
        BigDecimal factor = BigDecimal.valueOf(70 + random.nextInt(61)).divide(HUNDRED);
        return now.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    /** Basic spending: 一般公共预算, sometimes 财政专户 or 单位资金; 政府性基金 and 国有资本经营 pay for projects. */
    private static FundSource basicSource(Random random) {
        int r = random.nextInt(10);
        return r < 8 ? FundSource.GENERAL_PUBLIC_BUDGET
                : r == 8 ? FundSource.SPECIAL_ACCOUNT : FundSource.BUSINESS_INCOME;
    }

    private static FundSource source(Random random) {
        int r = random.nextInt(20);
        if (r < 14) {
            return FundSource.GENERAL_PUBLIC_BUDGET;
        }
        return switch (r) {
            case 14, 15 -> FundSource.GOVERNMENT_FUND;
            case 16 -> FundSource.STATE_CAPITAL;
            case 17 -> FundSource.SPECIAL_ACCOUNT;
            case 18 -> FundSource.BUSINESS_INCOME;
            default -> FundSource.OTHER_INCOME;
        };
    }

    /** A random amount of at least 100 yuan, with fen. */
    private static BigDecimal yuan(Random random, int max) {
        return BigDecimal.valueOf(10_000 + (long) random.nextInt(max) * 100 + random.nextInt(100), 2);
    }

    private static UnitKind kindOf(UnitFacts unit, String owner) {
        UnitType type = owner == null ? unit.type() : unit.consolidatedUnits().stream()
                .filter(u -> u.name().equals(owner)).findFirst().orElseThrow().type();
        return UnitKind.of(type).orElseThrow();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
