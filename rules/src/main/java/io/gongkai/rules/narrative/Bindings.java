package io.gongkai.rules.narrative;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import io.gongkai.rules.classification.FunctionClasses;
import io.gongkai.rules.support.IdentityKey;
import io.gongkai.rules.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds a narrative amount to the table figures it states, by the topic of its section and the words of its
 * subject (DOMAIN.md identity 11). One place for all topics, so that the rules of each section and the catch-all
 * rule (an amount found in no table) agree on which statements are accounted for.
 */
final class Bindings {

    static final String WAN = "万元";

    private Bindings() {
    }

    /**
     * Bindings already worked out for the report being checked; many rules ask for the same ones. A plain map:
     * {@link io.gongkai.rules.support.PerReport} keeps one per thread, and the map never leaves it; sized for the
     * facts and topics of a report, so that it is not grown (rehashed) several times per report.
     */
    private static final io.gongkai.rules.support.PerReport<java.util.Map<IdentityKey, Binding>> KNOWN =
            new io.gongkai.rules.support.PerReport<>(report -> new java.util.HashMap<>(256));

    /** The binding of a fact: only money amounts in 万元 are bound. */
    static Binding of(Report report, NarrativeFact fact, Topic topic) {
        java.util.Map<IdentityKey, Binding> known = KNOWN.of(report);
        IdentityKey key = new IdentityKey(fact, topic);
        Binding hit = known.get(key);
        if (hit == null) {
            hit = bind(report, fact, topic);
            known.put(key, hit);
        }
        return hit;
    }

    private static Binding bind(Report report, NarrativeFact fact, Topic topic) {
        if (fact.kind() != FactKind.AMOUNT || !WAN.equals(fact.unit()) || fact.value() == null) {
            return Binding.NONE;
        }
        String s = Subjects.norm(fact.subject());
        if (Subjects.isLastYear(s)) {
            return new Binding(Role.LAST_YEAR, List.of());
        }
        return switch (topic) {
            case OVERVIEW -> overview(report, s);
            case INCOME -> income(report, s);
            case EXPENDITURE -> expenditure(report, s);
            case FISCAL -> fiscal(report, s);
            case GPB -> gpb(report, s);
            case BASIC -> basic(report, s);
            case THREE_PUBLIC -> threePublic(report, s);
            case OPERATING -> operating(report, s);
            default -> Binding.NONE;
        };
    }

    /** 一 收支总体: T1 totals, 本年收入 and 上年结转; T3 基本支出 and 项目支出. */
    static Binding overview(Report r, String s) {
        if (Subjects.isCarryover(s)) {
            return bind(Role.CARRYOVER, Figures.carryover(r), Figures.expenditureTotal(r, Columns.CARRYOVER));
        }
        String source = Subjects.source(s);
        if (source != null) {
            return bind(Role.SOURCE, Figures.incomeSource(r, source), Figures.incomeSummaryTotal(r, source));
        }
        if (Subjects.isCurrentYear(s)) {
            return bind(Role.CURRENT, Figures.currentIncome(r), Figures.expenditureTotal(r, Columns.CURRENT),
                    Figures.cell(r, TableType.BUDGET_SUMMARY, Side.EXPENDITURE, RowKeys.CURRENT_EXPENDITURE_TOTAL,
                            Columns.CURRENT));
        }
        if (Subjects.isBasic(s)) {
            return bind(Role.BASIC, Figures.expenditureSummary(r, Columns.BASIC));
        }
        if (Subjects.isProject(s)) {
            return bind(Role.PROJECT, Figures.expenditureSummary(r, Columns.PROJECT));
        }
        if (Subjects.isTotalOf(s, "支出")) {
            return expenditureTotal(r);
        }
        if (Subjects.isTotalOf(s, "收入") || Subjects.isTotalOf(s, "收支")) {
            return bind(Role.INCOME_TOTAL, Figures.incomeTotal(r));
        }
        return Binding.NONE;
    }

    /** 二 收入: T1 income by source (else T2 合计), 本年收入, 上年结转, 收入总计. */
    static Binding income(Report r, String s) {
        if (Subjects.isCarryover(s)) {
            return bind(Role.CARRYOVER, Figures.carryover(r), Figures.incomeSummaryTotal(r, Columns.CARRYOVER));
        }
        String source = Subjects.source(s);
        if (source != null) {
            return bind(Role.SOURCE, Figures.incomeSource(r, source), Figures.incomeSummaryTotal(r, source));
        }
        if (Subjects.isCurrentYear(s)) {
            return bind(Role.CURRENT, Figures.currentIncome(r), Figures.incomeSummaryTotal(r, Columns.TOTAL));
        }
        if (Subjects.isTotalOf(s, "收入")) {
            return bind(Role.INCOME_TOTAL, Figures.incomeTotal(r));
        }
        return Binding.NONE;
    }

    /** 三 支出: T3 基本支出, 项目支出 and 支出总计. */
    static Binding expenditure(Report r, String s) {
        if (Subjects.isBasic(s)) {
            return bind(Role.BASIC, Figures.expenditureSummary(r, Columns.BASIC));
        }
        if (Subjects.isProject(s)) {
            return bind(Role.PROJECT, Figures.expenditureSummary(r, Columns.PROJECT));
        }
        if (Subjects.isTotalOf(s, "支出")) {
            return expenditureTotal(r);
        }
        return Binding.NONE;
    }

    private static Binding expenditureTotal(Report r) {
        return bind(Role.EXPENDITURE_TOTAL, Figures.expenditureTotal(r, Columns.TOTAL),
                Figures.expenditureSummary(r, Columns.TOTAL),
                Figures.cell(r, TableType.BUDGET_SUMMARY, Side.EXPENDITURE, RowKeys.CURRENT_EXPENDITURE_TOTAL,
                        Columns.TOTAL));
    }

    /** 四 财政拨款: T4 totals, this year's and carried-over income, sources and function classes. */
    static Binding fiscal(Report r, String s) {
        TableType t4 = TableType.FISCAL_SUMMARY;
        String source = Subjects.source(s);
        // 国有资本经营预算支出 is also the name of 类 223, listed among the expenditure 类 (支出包括：…).
        boolean fiscalSource = (Columns.GPB.equals(source) || Columns.FUND.equals(source)
                || Columns.SOE.equals(source)) && !namesFunctionClass(r, s);
        if (Subjects.isCarryover(s)) {
            return bind(Role.CARRYOVER, Figures.cell(r, t4, Side.INCOME, RowKeys.CARRYOVER, Columns.AMOUNT),
                    fiscalSource ? Figures.fiscalSource(r, source, true) : Optional.empty());
        }
        if (fiscalSource) {
            Optional<Figure> current = Figures.fiscalSource(r, source, false);
            Optional<Figure> carried = Figures.fiscalSource(r, source, true);
            Optional<Figure> whole = current.isPresent() && carried.isPresent()
                    ? Optional.of(Figure.sum(current.get().label() + "与上年结转之和",
                    List.of(current.get(), carried.get())))
                    : Optional.empty();
            return bind(Role.SOURCE, current,
                    Figures.cell(r, t4, Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL, source)
                            .map(Figure::asAlternative), whole.map(Figure::asAlternative));
        }
        if (Subjects.isCurrentYear(s)) {
            return bind(Role.CURRENT,
                    Figures.cell(r, t4, Side.INCOME, RowKeys.CURRENT_INCOME_TOTAL, Columns.AMOUNT));
        }
        if (Subjects.isTotalOf(s, "收支") || Subjects.isTotalOf(s, "支出") || Subjects.isTotalOf(s, "收入")) {
            return bind(Role.TOTAL, Figures.cell(r, t4, Side.INCOME, RowKeys.INCOME_GRAND_TOTAL, Columns.AMOUNT),
                    Figures.cell(r, t4, Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL, Columns.SUBTOTAL));
        }
        return rowBinding(r, t4, Side.EXPENDITURE, s, Columns.SUBTOTAL, true);
    }

    /** Whether the subject is exactly the name of a functional 类 (223 国有资本经营预算支出). */
    private static boolean namesFunctionClass(Report r, String s) {
        return s.endsWith("支出") && FunctionClasses.classNamed(FunctionClasses.catalogue(r.year()), s).isPresent();
    }

    /**
     * 五 一般公共预算: T5 合计, 基本支出, 项目支出 and the rows (类, 款, 项) it names; also table 4's 一般公共预算
     * column, for templates whose 五 counts the carry-over in.
     */
    static Binding gpb(Report r, String s) {
        if (Subjects.isBasic(s)) {
            return bind(Role.BASIC, Figures.gpb(r, Columns.BASIC));
        }
        if (Subjects.isProject(s)) {
            return bind(Role.PROJECT, Figures.gpb(r, Columns.PROJECT));
        }
        Binding strong = gpbRows(r, s, false);
        if (strong.bound()) {
            return strong;
        }
        if (Subjects.isTotalOf(s, "支出")) {
            return bind(Role.TOTAL, Figures.gpb(r, Columns.TOTAL), Figures.cell(r, TableType.FISCAL_SUMMARY,
                    Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL, Columns.GPB).map(Figure::asAlternative));
        }
        return gpbRows(r, s, true);
    }

    private static Binding gpbRows(Report r, String s, boolean weakToo) {
        Binding t5 = rowBinding(r, TableType.GPB_EXPENDITURE, Side.NONE, s, Columns.TOTAL, weakToo);
        if (!t5.bound()) {
            return t5;
        }
        List<Figure> figures = new ArrayList<>(t5.candidates());
        rowBinding(r, TableType.FISCAL_SUMMARY, Side.EXPENDITURE, s, Columns.GPB, weakToo).candidates()
                .forEach(f -> figures.add(f.asAlternative()));
        return new Binding(Role.ROW, figures);
    }

    /** 六 基本支出: T5 基本支出 (or T6 合计), T6 人员经费, 公用经费 and the economic rows it names. */
    static Binding basic(Report r, String s) {
        if (s.contains("人员经费")) {
            return bind(Role.PERSONNEL, Figures.economic(r, Columns.PERSONNEL));
        }
        if (s.contains("公用经费")) {
            return bind(Role.PUBLIC, Figures.economic(r, Columns.PUBLIC));
        }
        if (Subjects.isBasic(s) || Subjects.isTotalOf(s, "支出")) {
            return bind(Role.BASIC, Figures.gpb(r, Columns.BASIC), Figures.economic(r, Columns.TOTAL),
                    Figures.expenditureSummary(r, Columns.BASIC).map(Figure::asAlternative));
        }
        Optional<DisclosureTable> t6 = Tables.of(r, TableType.GPB_BASIC_BY_ECONOMIC);
        if (t6.isEmpty()) {
            return Binding.NONE;
        }
        List<TableRow> rows = t6.get().rows().stream().filter(row -> !row.isKey(RowKeys.TOTAL)).toList();
        List<TableRow> named = RowMatcher.strong(s, rows);
        if (named.isEmpty()) {
            return Binding.NONE;
        }
        List<Figure> figures = new ArrayList<>();
        named.forEach(row -> figures.add(Figure.cell(t6.get().number(), row, Columns.TOTAL)));
        if (figures.size() > 1) {
            figures.add(Figure.sum("表6中名为「" + named.get(0).name() + "」各行之和", figures));
        }
        return new Binding(Role.ROW, figures);
    }

    /** 七 “三公”经费: T10 合计 and its items. */
    static Binding threePublic(Report r, String s) {
        TableType t10 = TableType.THREE_PUBLIC;
        if (s.contains("出国")) {
            return bind(Role.ABROAD, Figures.cell(r, t10, RowKeys.ABROAD, Columns.TOTAL));
        }
        if (s.contains("接待")) {
            return bind(Role.RECEPTION, Figures.cell(r, t10, RowKeys.RECEPTION, Columns.TOTAL));
        }
        if (s.contains("购置") && s.contains("运行")) {
            return bind(Role.VEHICLES, Figures.cell(r, t10, RowKeys.VEHICLES, Columns.TOTAL));
        }
        if (s.contains("购置")) {
            return bind(Role.VEHICLE_PURCHASE, Figures.cell(r, t10, RowKeys.VEHICLE_PURCHASE, Columns.TOTAL));
        }
        if (s.contains("运行")) {
            return bind(Role.VEHICLE_OPERATION, Figures.cell(r, t10, RowKeys.VEHICLE_OPERATION, Columns.TOTAL));
        }
        if (s.contains("三公") || Subjects.namesTotal(s)) {
            return bind(Role.TOTAL, Figures.cell(r, t10, RowKeys.TOTAL, Columns.TOTAL));
        }
        return Binding.NONE;
    }

    /**
     * 八 机关运行经费: T11 合计; without table 11, table 6's 公用经费 for an administrative (or 参公) unit, which
     * equals it by identity 9.
     */
    static Binding operating(Report r, String s) {
        if (!s.contains("机关运行") && !Subjects.namesTotal(s)) {
            return Binding.NONE;
        }
        Optional<Figure> t11 = Figures.cell(r, TableType.OPERATING_COSTS, RowKeys.TOTAL, Columns.TOTAL);
        if (t11.isPresent()) {
            return bind(Role.TOTAL, t11);
        }
        UnitType type = r.unit() == null ? UnitType.UNKNOWN : r.unit().type();
        if (type == UnitType.ADMINISTRATIVE || type == UnitType.CIVIL_SERVICE_MANAGED) {
            return bind(Role.TOTAL, Figures.economic(r, Columns.PUBLIC).map(Figure::asInferred));
        }
        return Binding.NONE;
    }

    /** Rows of a table the subject names; {@code weakToo} also accepts names spelt inside it in order. */
    private static Binding rowBinding(Report r, TableType type, Side side, String s, String column,
                                      boolean weakToo) {
        Optional<DisclosureTable> table = Tables.of(r, type);
        if (table.isEmpty()) {
            return Binding.NONE;
        }
        NamedRows rows = Figures.namedRows(r, table.get(), side);
        List<TableRow> named = RowMatcher.strong(s, rows);
        if (named.isEmpty() && weakToo) {
            named = RowMatcher.weak(s, rows);
        }
        List<Figure> figures = new ArrayList<>();
        named.forEach(row -> figures.add(Figure.cell(table.get().number(), row, column)));
        return figures.isEmpty() ? Binding.NONE : new Binding(Role.ROW, figures);
    }

    /** A binding to the figures that exist. */
    @SafeVarargs
    static Binding bind(Role role, Optional<Figure>... figures) {
        List<Figure> found = new ArrayList<>();
        for (Optional<Figure> f : figures) {
            f.ifPresent(found::add);
        }
        return new Binding(role, found);
    }
}
