package io.gongkai.author.derive;

import static io.gongkai.author.derive.Rows.cells;

import io.gongkai.author.BudgetData;
import io.gongkai.author.LineItem;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Project;
import io.gongkai.model.ProjectFunding;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.SourceRef;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The tables by purpose: 10 (“三公”经费), 11 (机关运行经费), 12 and 13 (projects of this year and carried over), and
 * the report's project list.
 */
final class PurposeTables {

    /** 因公出国（境）费用. */
    static final Predicate<LineItem> ABROAD = economic("30212");
    /** 公务接待费. */
    static final Predicate<LineItem> RECEPTION = economic("30217");
    /** 公务用车购置 (基本建设 309 or 资本性支出 310). */
    static final Predicate<LineItem> VEHICLE_PURCHASE = economic("30913").or(economic("31013"));
    /** 公务用车运行维护费. */
    static final Predicate<LineItem> VEHICLE_OPERATION = economic("30231");
    /** “三公”经费 are counted from this year's 财政拨款. */
    static final Predicate<LineItem> THREE_PUBLIC_SCOPE = Ledger.CURRENT.and(Ledger.FISCAL);

    private final Ledger ledger;
    private final BudgetData data;

    PurposeTables(Ledger ledger) {
        this.ledger = ledger;
        this.data = ledger.data();
    }

    static Predicate<LineItem> economic(String code) {
        return i -> i.economicCode().equals(code);
    }

    /** Whether the unit of an item is a 机关 (行政单位 or 参公), whose public expense is 机关运行经费. */
    static Predicate<LineItem> organ(BudgetData data) {
        return i -> {
            UnitType type = EconomicTable.unitType(data, i.unit());
            return type == UnitType.ADMINISTRATIVE || type == UnitType.CIVIL_SERVICE_MANAGED;
        };
    }

    /** 机关运行经费: this year's fiscal basic public expense of 机关 units. */
    static Predicate<LineItem> operatingCosts(BudgetData data) {
        return Ledger.CURRENT.and(Ledger.FISCAL).and(Ledger.BASIC).and(i -> !EconomicTable.personnel(i))
                .and(organ(data));
    }

    DisclosureTable threePublic() {
        Predicate<LineItem> vehicles = VEHICLE_PURCHASE.or(VEHICLE_OPERATION);
        Predicate<LineItem> all = ABROAD.or(RECEPTION).or(vehicles);
        List<TableRow> rows = List.of(
                Rows.of(Side.NONE, null, "因公出国（境）费", null, 1, RowKeys.ABROAD, fiscal(ABROAD)),
                Rows.of(Side.NONE, null, "公务接待费", null, 1, RowKeys.RECEPTION, fiscal(RECEPTION)),
                Rows.of(Side.NONE, null, "公务用车购置及运行费", null, 1, RowKeys.VEHICLES, fiscal(vehicles)),
                Rows.of(Side.NONE, null, "①公务用车购置费", null, 2, RowKeys.VEHICLE_PURCHASE,
                        fiscal(VEHICLE_PURCHASE)),
                Rows.of(Side.NONE, null, "②公务用车运行维护费", null, 2, RowKeys.VEHICLE_OPERATION,
                        fiscal(VEHICLE_OPERATION)),
                Rows.of(Side.NONE, null, "合计", null, 0, RowKeys.TOTAL, fiscal(all)));
        boolean empty = ledger.sum(THREE_PUBLIC_SCOPE.and(all)).signum() == 0;
        return table(TableType.THREE_PUBLIC, rows, empty);
    }

    DisclosureTable operatingCosts() {
        Predicate<LineItem> scope = operatingCosts(data);
        List<TableRow> rows = new ArrayList<>();
        rows.add(Rows.of(Side.NONE, null, "部门合计", null, 0, RowKeys.TOTAL, fiscalColumns(scope)));
        for (String unit : units(scope)) {
            rows.add(Rows.of(Side.NONE, null, data.unitOf(unit), null, 1, RowKeys.UNIT_SUBTOTAL,
                    fiscalColumns(scope.and(Ledger.unit(unit)))));
        }
        return table(TableType.OPERATING_COSTS, rows, ledger.items(scope).isEmpty());
    }

    DisclosureTable projectsCurrent() {
        return projectTable(TableType.PROJECTS_CURRENT, Ledger.CURRENT.and(Ledger.PROJECT), scope -> cells(
                Columns.TOTAL, ledger.sum(scope),
                Columns.GPB, ledger.sum(scope.and(Ledger.column(Columns.GPB))),
                Columns.FUND, ledger.sum(scope.and(Ledger.column(Columns.FUND))),
                Columns.SOE, ledger.sum(scope.and(Ledger.column(Columns.SOE))),
                Columns.SPECIAL, ledger.sum(scope.and(Ledger.column(Columns.SPECIAL))),
                Columns.UNIT, ledger.sum(scope.and(Ledger.column(Columns.UNIT)))));
    }

    DisclosureTable projectsCarryover() {
        return projectTable(TableType.PROJECTS_CARRYOVER, Ledger.CARRYOVER.and(Ledger.PROJECT), scope -> cells(
                Columns.TOTAL, ledger.sum(scope),
                Columns.GPB, ledger.sum(scope.and(Ledger.column(Columns.GPB))),
                Columns.FUND, ledger.sum(scope.and(Ledger.column(Columns.FUND))),
                Columns.SOE, ledger.sum(scope.and(Ledger.column(Columns.SOE)))));
    }

    /** The projects of tables 12 and 13 in printed order. */
    List<Project> projects() {
        List<Project> projects = new ArrayList<>();
        collect(projects, Ledger.CURRENT.and(Ledger.PROJECT), ProjectFunding.CURRENT_YEAR);
        collect(projects, Ledger.CARRYOVER.and(Ledger.PROJECT), ProjectFunding.CARRYOVER);
        return projects;
    }

    private void collect(List<Project> projects, Predicate<LineItem> scope, ProjectFunding funding) {
        for (Map.Entry<String, Set<String>> unit : projectsByUnit(scope).entrySet()) {
            String unitName = unit.getKey().isEmpty() ? null : unit.getKey();
            for (String name : unit.getValue()) {
                projects.add(new Project(name, data.unitOf(unitName), funding,
                        Wan.of(ledger.sum(scope.and(Ledger.project(unitName, name)))), SourceRef.NONE));
            }
        }
    }

    private DisclosureTable projectTable(TableType type, Predicate<LineItem> scope,
                                         java.util.function.Function<Predicate<LineItem>,
                                                 Map<String, BigDecimal>> cells) {
        List<TableRow> rows = new ArrayList<>();
        rows.add(Rows.of(Side.NONE, null, data.unit().name(), null, 0, RowKeys.TOTAL, cells.apply(scope)));
        for (Map.Entry<String, Set<String>> unit : projectsByUnit(scope).entrySet()) {
            String unitName = unit.getKey().isEmpty() ? null : unit.getKey();
            Predicate<LineItem> unitScope = scope.and(Ledger.unit(unitName));
            rows.add(Rows.of(Side.NONE, null, data.unitOf(unitName), null, 1, RowKeys.UNIT_SUBTOTAL,
                    cells.apply(unitScope)));
            for (String project : unit.getValue()) {
                rows.add(Rows.of(Side.NONE, null, project, null, 2, RowKeys.PROJECT,
                        cells.apply(scope.and(Ledger.project(unitName, project)))));
            }
        }
        return table(type, rows, ledger.items(scope).isEmpty());
    }

    /** Units in order (the department first, then as the data list them) with their projects in data order. */
    private Map<String, Set<String>> projectsByUnit(Predicate<LineItem> scope) {
        Map<String, Set<String>> byUnit = new LinkedHashMap<>();
        for (String unit : units(scope)) {
            byUnit.put(unit == null ? "" : unit, new LinkedHashSet<>());
        }
        for (LineItem item : ledger.items(scope)) {
            byUnit.get(item.unit() == null ? "" : item.unit()).add(item.project());
        }
        return byUnit;
    }

    /** The units the scope's items belong to: the department (null) first, then the others as the data list them. */
    private List<String> units(Predicate<LineItem> scope) {
        Set<String> seen = new LinkedHashSet<>();
        List<LineItem> items = ledger.items(scope);
        if (items.stream().anyMatch(i -> i.unit() == null)) {
            seen.add(null);
        }
        for (var unit : data.unit().consolidatedUnits()) {
            if (items.stream().anyMatch(i -> unit.name().equals(i.unit()))) {
                seen.add(unit.name());
            }
        }
        items.forEach(i -> seen.add(i.unit()));
        return new ArrayList<>(seen);
    }

    private Map<String, BigDecimal> fiscal(Predicate<LineItem> items) {
        return fiscalColumns(THREE_PUBLIC_SCOPE.and(items));
    }

    private Map<String, BigDecimal> fiscalColumns(Predicate<LineItem> scope) {
        return cells(Columns.TOTAL, ledger.sum(scope.and(Ledger.FISCAL)),
                Columns.GPB, ledger.sum(scope.and(Ledger.GPB)),
                Columns.FUND, ledger.sum(scope.and(Ledger.FUND)),
                Columns.SOE, ledger.sum(scope.and(Ledger.SOE)));
    }

    private DisclosureTable table(TableType type, List<TableRow> rows, boolean empty) {
        return new DisclosureTable(type, TableTitle.of(data.year(), type), empty, rows, SourceRef.NONE);
    }
}
