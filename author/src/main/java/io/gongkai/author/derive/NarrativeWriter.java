package io.gongkai.author.derive;

import io.gongkai.author.BudgetData;
import io.gongkai.author.LineItem;
import io.gongkai.author.OtherFacts;
import io.gongkai.author.ProjectCategory;
import io.gongkai.author.ProjectPlan;
import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.model.Narrative;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes the twelve sections of 第三部分 情况说明 from the line items and the other facts, in the wording of the
 * Shanxi template, so that every number stated is the table's figure or a share or change computed from exact yuan.
 */
final class NarrativeWriter {

    private final Ledger ledger;
    private final BudgetData data;
    private final OtherFacts other;
    private final String year;
    private final String unit;
    private final NarrativeBuilder b = new NarrativeBuilder();

    NarrativeWriter(Ledger ledger) {
        this.ledger = ledger;
        this.data = ledger.data();
        this.other = data.other();
        this.year = data.year() + "年";
        this.unit = data.unit().name();
    }

    Narrative write() {
        totals();
        income();
        expenditure();
        fiscal();
        generalPublicBudget();
        basic();
        threePublic();
        operatingCosts();
        procurement();
        performance();
        assets();
        others();
        return b.build();
    }

    /** 一: totals and their change on last year. */
    private void totals() {
        BigDecimal total = ledger.sum(Ledger.ALL);
        BigDecimal current = ledger.sum(Ledger.CURRENT);
        BigDecimal carryover = ledger.sum(Ledger.CARRYOVER);
        b.section("一", "部门预算收支数据变动情况及原因").text(year + "度" + unit)
                .amount("预算收入总计", total).text("，其中：").amount("本年收入", current).text("，")
                .amount("上年结转", carryover);
        yearOnYear("预算收入总计", total, other.lastYear().total(), other.reasons().total());
        b.text("；").amount("部门预算支出总计", total).text("，其中：").amount("本年预算安排", current).text("，")
                .amount("上年结转", carryover);
        yearOnYear("部门预算支出总计", total, other.lastYear().total(), other.reasons().total());
        b.text("。");
    }

    /** ，比上年增加A万元，增长B%，主要原因是…; nothing when last year is unknown. */
    private void yearOnYear(String subject, BigDecimal now, BigDecimal last, String reason) {
        if (last == null) {
            return;
        }
        BigDecimal change = now.subtract(last);
        if (Wan.of(change).signum() == 0) {
            b.text("，与上年持平");
        } else {
            b.text("，比上年").change(subject, change);
            if (last.signum() != 0) {
                b.text("，").rate(subject, change, last);
            }
        }
        if (reason != null && !reason.isBlank()) {
            b.text("，主要原因是" + reason.strip());
        }
    }

    /** 二: income by source with shares of the total. */
    private void income() {
        BigDecimal total = ledger.sum(Ledger.ALL);
        b.section("二", "收入预算情况说明").text(year + "度" + unit).amount("预算收入", total).text("，主要包括");
        String[][] sources = {{"一般公共预算拨款收入", "gpb"}, {"政府性基金预算拨款收入", "fund"},
            {"国有资本经营预算拨款收入", "soe"}, {"财政专户管理资金收入", "special"}, {"单位资金", "unit"}};
        for (String[] source : sources) {
            BigDecimal amount = ledger.sum(Ledger.CURRENT.and(Ledger.column(source[1])));
            b.amount(source[0], amount).text("，").share(source[0], amount, total).text("；");
        }
        BigDecimal carryover = ledger.sum(Ledger.CARRYOVER);
        b.amount("上年结转", carryover).text("，").share("上年结转", carryover, total).text("。");
    }

    /** 三: basic and project expenditure with shares. */
    private void expenditure() {
        BigDecimal total = ledger.sum(Ledger.ALL);
        BigDecimal basic = ledger.sum(Ledger.BASIC);
        BigDecimal project = ledger.sum(Ledger.PROJECT);
        b.section("三", "支出预算情况说明").text(year + "度" + unit).amount("支出预算", total).text("，其中：")
                .amount("基本支出", basic).text("，").share("基本支出", basic, total).text("；")
                .amount("项目支出", project).text("，").share("项目支出", project, total).text("。");
    }

    /** 四: fiscal funds by source and by 类. */
    private void fiscal() {
        b.section("四", "财政拨款收支预算总体情况说明").text(year + "度" + unit)
                .amount("财政拨款收支总预算", ledger.sum(Ledger.FISCAL)).text("。其中：")
                .amount("一般公共预算拨款", ledger.sum(Ledger.GPB)).text("，")
                .amount("政府性基金预算拨款", ledger.sum(Ledger.FUND)).text("，")
                .amount("国有资本经营预算拨款", ledger.sum(Ledger.SOE)).text("。其中：")
                .amount("当年拨款收入", ledger.sum(Ledger.FISCAL.and(Ledger.CURRENT))).text("，")
                .amount("上年结转收入", ledger.sum(Ledger.FISCAL.and(Ledger.CARRYOVER))).text("。");
        List<Classification> classes = classesOf(Ledger.FISCAL);
        if (!classes.isEmpty()) {
            b.text("支出包括：");
            for (int i = 0; i < classes.size(); i++) {
                Classification c = classes.get(i);
                b.text(i == 0 ? "" : "、").amount(c.name(), ledger.sum(Ledger.FISCAL.and(Ledger.function(c.code()))));
            }
            b.text("等。");
        }
    }

    /** 五: this year's 一般公共预算, its change and its structure by 类. */
    private void generalPublicBudget() {
        Predicate<LineItem> scope = Ledger.CURRENT.and(Ledger.GPB);
        BigDecimal total = ledger.sum(scope);
        String subject = "一般公共预算当年支出";
        b.section("五", "一般公共预算支出情况说明").sub("（一）", "一般公共预算当年支出规模变化情况")
                .text(year + "度" + unit).amount(subject, total);
        yearOnYear(subject, total, other.lastYear().gpbCurrent(), other.reasons().gpb());
        b.text("。").sub("（二）", "一般公共预算当年支出结构情况").text(year + "度" + unit).amount(subject, total);
        List<Classification> classes = classesOf(scope);
        if (classes.isEmpty()) {
            b.text("。");
            return;
        }
        b.text("，主要用于以下方面：");
        for (int i = 0; i < classes.size(); i++) {
            Classification c = classes.get(i);
            BigDecimal amount = ledger.sum(scope.and(Ledger.function(c.code())));
            b.text(i == 0 ? "" : "；").amount(c.name(), amount).text("，").share(c.name(), amount, total);
        }
        b.text("等。");
        details(scope);
    }

    /**
     * 五(三): each 类, 款 and 项 of this year's 一般公共预算 with its amount, in the official wording
     * (农林水支出（类）农业农村（款）行政运行（项）383.04万元), each 类 and 项 with its change on last year when
     * last year's breakdown by functional code is known. One statement per paragraph, each its own sentence, so
     * that a reader finds every change beside the amount it is about.
     */
    private void details(Predicate<LineItem> scope) {
        b.sub("（三）", "一般公共预算当年支出具体情况");
        OtherFacts.LastYear last = other.lastYear();
        Map<String, String> reasons = other.reasons().byFunction();
        for (Classification c : classesOf(scope)) {
            String classWords = c.name() + "（类）";
            BigDecimal classAmount = ledger.sum(scope.and(Ledger.function(c.code())));
            b.paragraph().amount(classWords, classAmount);
            yearOnYear(classWords, classAmount, last.gpbUnder(c.code()), reasons.get(c.code()));
            b.text("。");
            for (String section : codesOf(scope, 5, c.code())) {
                String sectionWords = classWords + Catalogues.functionName(data.year(), section) + "（款）";
                b.paragraph().amount(sectionWords, ledger.sum(scope.and(Ledger.function(section)))).text("。");
                for (String item : codesOf(scope, 7, section)) {
                    String itemWords = sectionWords + Catalogues.functionName(data.year(), item) + "（项）";
                    BigDecimal itemAmount = ledger.sum(scope.and(Ledger.function(item)));
                    b.paragraph().amount(itemWords, itemAmount);
                    yearOnYear(itemWords, itemAmount, last.gpbUnder(item), reasons.get(item));
                    b.text("。");
                }
            }
        }
    }

    /** The distinct functional codes of the given length under {@code parent} among the scope's items, sorted. */
    private List<String> codesOf(Predicate<LineItem> scope, int length, String parent) {
        return ledger.items(scope.and(Ledger.function(parent))).stream().map(LineItem::functionCode)
                .filter(code -> code.length() >= length).map(code -> code.substring(0, length)).distinct().sorted()
                .toList();
    }

    /** 六: basic expenditure split into 人员经费 and 公用经费 with the economic items each contains. */
    private void basic() {
        Predicate<LineItem> scope = Ledger.CURRENT.and(Ledger.GPB).and(Ledger.BASIC);
        Predicate<LineItem> personnel = scope.and(EconomicTable::personnel);
        Predicate<LineItem> publicExpense = scope.and(i -> !EconomicTable.personnel(i));
        b.section("六", "一般公共预算基本支出情况说明").text(year + "度" + unit)
                .amount("一般公共预算安排基本支出", ledger.sum(scope)).text("，其中：").paragraph()
                .amount("人员经费", ledger.sum(personnel)).text(itemsOf(personnel)).text("；").paragraph()
                .amount("公用经费", ledger.sum(publicExpense)).text(itemsOf(publicExpense)).text("。");
    }

    /** ，主要包括：基本工资、津贴补贴等 — the 部门 economic names of the items, in code order. */
    private String itemsOf(Predicate<LineItem> scope) {
        ClassificationCatalog economic = ClassificationCatalog.economicDepartment();
        Set<String> names = new LinkedHashSet<>();
        ledger.items(scope).stream().map(LineItem::economicCode).sorted().distinct()
                .forEach(code -> names.add(economic.byCode(code).map(Classification::name).orElse(code)));
        return names.isEmpty() ? "" : "，主要包括：" + String.join("、", names) + "等";
    }

    /** 七: “三公”经费 in total and by item, with changes on last year. */
    private void threePublic() {
        b.section("七", "“三公”经费增减变动原因说明");
        Predicate<LineItem> scope = PurposeTables.THREE_PUBLIC_SCOPE;
        BigDecimal abroad = ledger.sum(scope.and(PurposeTables.ABROAD));
        BigDecimal reception = ledger.sum(scope.and(PurposeTables.RECEPTION));
        BigDecimal purchase = ledger.sum(scope.and(PurposeTables.VEHICLE_PURCHASE));
        BigDecimal operation = ledger.sum(scope.and(PurposeTables.VEHICLE_OPERATION));
        BigDecimal total = abroad.add(reception).add(purchase).add(operation);
        OtherFacts.LastYear last = other.lastYear();
        BigDecimal lastTotal = last.threePublic();
        if (total.signum() == 0 && (lastTotal == null || lastTotal.signum() == 0)) {
            b.text("本部门无“三公”经费预算。");
            return;
        }
        String subject = "财政拨款安排的“三公”经费预算";
        b.text(year + unit).amount(subject, total);
        yearOnYear(subject, total, lastTotal, other.reasons().threePublic());
        OtherFacts.ThreePublicCounts counts = other.threePublicCounts();
        b.text("。其中：").amount("因公出国（境）费", abroad);
        yearOnYear("因公出国（境）费", abroad, last.abroad(), null);
        counts(counts.abroadGroups(), "因公出国（境）团组数", "个", counts.abroadPeople(), "出国人数");
        b.text("；").amount("公务接待费", reception);
        yearOnYear("公务接待费", reception, last.reception(), null);
        counts(counts.receptionBatches(), "国内公务接待", "批次", counts.receptionPeople(), "接待人数");
        b.text("；").amount("公务用车购置费", purchase);
        yearOnYear("公务用车购置费", purchase, last.vehiclePurchase(), null);
        counts(counts.vehiclesPurchased(), "购置公务用车", "辆", null, null);
        b.text("；").amount("公务用车运行维护费", operation);
        yearOnYear("公务用车运行维护费", operation, last.vehicleOperation(), null);
        b.text("。");
    }

    /**
     * ，因公出国（境）团组数2个、出国人数3人次 — the numbers behind a 三公 amount, each stated only when known.
     */
    private void counts(Integer first, String firstSubject, String firstUnit, Integer people, String peopleSubject) {
        String separator = "，";
        if (first != null) {
            b.text(separator).count(firstSubject, firstSubject, first, firstUnit);
            separator = "、";
        }
        if (people != null) {
            b.text(separator).count(peopleSubject, peopleSubject, people, "人次");
        }
    }

    /** 八: 机关运行经费 of the 行政 and 参公 units. */
    private void operatingCosts() {
        b.section("八", "机关运行经费增减变动原因说明");
        Predicate<LineItem> scope = PurposeTables.operatingCosts(data);
        List<LineItem> items = ledger.items(scope);
        if (items.isEmpty()) {
            b.text("本部门所属单位均为事业单位，无机关运行经费预算。");
            return;
        }
        long units = items.stream().map(LineItem::unit).distinct().count();
        BigDecimal amount = ledger.sum(scope);
        String subject = "机关运行经费财政拨款预算";
        b.text("本部门" + year).count("所属", "所属", units, "家").text("行政单位（含参照公务员法管理的事业单位），")
                .amount(subject, amount);
        BigDecimal last = other.lastYear().operatingCosts();
        if (last != null) {
            BigDecimal change = amount.subtract(last);
            if (Wan.of(change).signum() == 0) {
                b.text("，与" + (data.year() - 1) + "年预算持平");
            } else {
                b.text("，比" + (data.year() - 1) + "年预算").change(subject, change);
                if (last.signum() != 0) {
                    b.text("，").rate(subject, change, last);
                }
            }
            String reason = other.reasons().operatingCosts();
            if (reason != null && !reason.isBlank()) {
                b.text("，原因是" + reason.strip());
            }
        }
        b.text("。");
    }

    /** 九: procurement by kind. */
    private void procurement() {
        OtherFacts.ProcurementPlan plan = other.procurement();
        b.section("九", "政府采购情况").text(year + unit).amount("政府采购预算总额", plan.total()).text("。其中：")
                .amount("政府采购货物预算", plan.goods()).text("、").amount("政府采购工程预算", plan.works())
                .text("、").amount("政府采购服务预算", plan.services()).text("。");
    }

    /** 十: the overall goal and the projects with goals, by category. */
    private void performance() {
        Predicate<LineItem> gpb = Ledger.CURRENT.and(Ledger.GPB);
        b.section("十", "绩效管理情况").sub("1、", "整体绩效目标").text(year + "编报部门整体支出绩效目标，")
                .amount("涉及部门预算资金", ledger.sum(gpb)).text("，其中")
                .amount("基本支出", ledger.sum(gpb.and(Ledger.BASIC))).text("，")
                .amount("项目支出", ledger.sum(gpb.and(Ledger.PROJECT))).text("。");
        PerformanceGoals goals = new PerformanceGoals(ledger);
        List<ProjectPlan> managed = goals.managed();
        List<ProjectPlan> published = goals.published();
        b.sub("2、", "项目绩效目标").text(year + unit)
                .count("纳入绩效目标管理的二级项目", "纳入绩效目标管理的二级项目", managed.size(), "个").text("，")
                .amount("共计金额", goals.amount(managed)).text("。其中：");
        byCategory(goals, managed, "涉及金额");
        BigDecimal publishedAmount = goals.amount(published);
        b.count("公开项目绩效目标", "公开项目绩效目标", published.size(), "个").text("，")
                .amount("涉及项目金额", publishedAmount).text("，")
                .share("占部门（单位）项目支出总额的", "涉及项目金额", publishedAmount,
                        ledger.sum(Ledger.CURRENT.and(Ledger.PROJECT)))
                .text("。其中：");
        byCategory(goals, published, "涉及项目金额");
        b.paragraph().text("（项目绩效目标表公开情况见附件）");
    }

    private void byCategory(PerformanceGoals goals, List<ProjectPlan> plans, String amountWords) {
        ProjectCategory[] categories = ProjectCategory.values();
        for (int i = 0; i < categories.length; i++) {
            ProjectCategory category = categories[i];
            List<ProjectPlan> of = plans.stream().filter(p -> p.category() == category).toList();
            String subject = category.label() + "项目";
            b.count(subject, subject, of.size(), "个").text("，").amount(amountWords, goals.amount(of))
                    .text(i + 1 < categories.length ? "；" : "。");
        }
    }

    /** 十一: vehicles, office space, large equipment. */
    private void assets() {
        OtherFacts.AssetFacts a = other.assets();
        String asOf = a.asOf() == null ? (data.year() - 1) + "年12月31日" : a.asOf();
        b.section("十一", "国有资产占有使用情况").sub("1、", "车辆情况：").text("截至" + asOf + "，" + unit + "共有")
                .count("公务用车编制", "公务用车编制", a.vehicleQuota(), "辆").text("，")
                .count("实有", "实有", a.vehiclesHeld(), "辆");
        if (!a.vehicles().isEmpty()) {
            b.text("，其中：");
            int i = 0;
            for (Map.Entry<String, Integer> category : a.vehicles().entrySet()) {
                b.text(i++ == 0 ? "" : "，").count(category.getKey(), category.getKey(), category.getValue(), "辆");
            }
        }
        b.text("。").sub("2、", "房屋情况：").text("截至" + asOf + "，" + unit)
                .quantity("办公用房建筑总面积", a.officeArea(), "平方米").text("。")
                .sub("3、", "其他国有资产占有使用情况：").text("截至" + asOf + "，" + unit + "占有使用价值50万元（原值）以上的")
                .count("通用设备", "通用设备", a.equipmentOver500k(), "台（套）").text("；" + unit + "占有使用价值100万元（原值）以上的")
                .count("通用设备", "通用设备", a.equipmentOver1m(), "台（套）").text("。");
    }

    /** 十二: purchased services and anything else. */
    private void others() {
        String services = other.purchasedServices();
        b.section("十二", "其他说明").sub("（一）", "政府购买服务指导性目录")
                .text(services == null || services.isBlank() ? "无。" : services.strip())
                .sub("（二）", "其他").text("无。");
    }

    /** The 类 of the functional classification the scope's items fall in, in catalogue order. */
    private List<Classification> classesOf(Predicate<LineItem> scope) {
        List<Classification> classes = new ArrayList<>();
        for (Classification c : Catalogues.functionClasses(data.year())) {
            if (ledger.items(scope).stream().anyMatch(Ledger.function(c.code()))) {
                classes.add(c);
            }
        }
        return classes;
    }
}
