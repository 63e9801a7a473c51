package io.gongkai.author.derive;

import io.gongkai.author.BudgetData;
import io.gongkai.author.BudgetDataException;
import io.gongkai.author.BudgetDataValidator;
import io.gongkai.author.BudgetProblem;
import io.gongkai.author.LineItem;
import io.gongkai.author.ProjectPlan;
import io.gongkai.model.Assets;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Overview;
import io.gongkai.model.Procurement;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.SourceRef;
import io.gongkai.model.Unit;
import io.gongkai.model.Vehicles;
import io.gongkai.author.OtherFacts;
import java.util.List;

/**
 * The front door of authoring: derives the complete budget disclosure (kind BUDGET) from a department's budget data —
 * the 13 tables, the narrative with its facts, the glossary, the performance-goal tables, assets and procurement —
 * consistent by construction. Stateless and thread-safe.
 */
public final class ReportAuthor {

    private final BudgetDataValidator validator = new BudgetDataValidator();

    /** Validates the data and derives the report; throws with every problem when the data are not valid. */
    public Report derive(BudgetData data) throws BudgetDataException {
        BudgetData normal = normalise(data);
        List<BudgetProblem> problems = validator.validate(normal, BudgetDataValidator.Locator.JSON);
        if (!problems.isEmpty()) {
            throw new BudgetDataException(problems);
        }
        return deriveValid(normal);
    }

    /** Derives the report from data that {@link BudgetDataValidator} accepted. */
    public Report deriveValid(BudgetData data) {
        BudgetData normal = normalise(data);
        Ledger ledger = new Ledger(normal);
        SummaryTables summary = new SummaryTables(ledger);
        ClassifiedTables classified = new ClassifiedTables(ledger);
        PurposeTables purpose = new PurposeTables(ledger);
        List<DisclosureTable> tables = List.of(summary.budgetSummary(), classified.incomeSummary(),
                classified.expenditureSummary(), summary.fiscalSummary(), classified.gpbExpenditure(),
                new EconomicTable(ledger).derive(), classified.fundIncome(), classified.fundExpenditure(),
                classified.soeBudget(), purpose.threePublic(), purpose.operatingCosts(), purpose.projectsCurrent(),
                purpose.projectsCarryover());
        Unit unit = new Unit(normal.unit().name(), normal.unit().code(), normal.unit().type());
        Overview overview = OverviewWriter.of(normal.unit(), normal.year());
        return new Report(ReportKind.BUDGET, normal.year(), unit, overview, tables,
                new NarrativeWriter(ledger).write(), purpose.projects(), new PerformanceGoals(ledger).tables(),
                List.of(), assets(normal.other(), normal.year()), procurement(normal.other()), Glossary.standard(),
                List.of(), SourceRef.NONE);
    }

    private static Assets assets(OtherFacts other, int year) {
        OtherFacts.AssetFacts a = other.assets();
        String asOf = a.asOf() == null ? (year - 1) + "年12月31日" : a.asOf();
        return new Assets(asOf, new Vehicles(a.vehicleQuota(), a.vehiclesHeld(), a.vehicles()),
                a.officeArea().stripTrailingZeros().scale() < 0 ? a.officeArea().setScale(0)
                        : a.officeArea().stripTrailingZeros(),
                a.equipmentOver500k(), a.equipmentOver1m(), SourceRef.NONE);
    }

    private static Procurement procurement(OtherFacts other) {
        OtherFacts.ProcurementPlan p = other.procurement();
        return new Procurement(stated(p.total()), stated(p.goods()), stated(p.works()), stated(p.services()),
                SourceRef.NONE);
    }

    /** An amount of the narrative as the model holds it (0 for nothing, else 万元 with two decimals). */
    private static java.math.BigDecimal stated(java.math.BigDecimal yuan) {
        return Wan.fact(Wan.of(yuan), yuan.signum() == 0);
    }

    /** The department named as a line item's or project's unit is the department itself (null). */
    static BudgetData normalise(BudgetData data) {
        String department = data.unit().name();
        List<LineItem> items = data.lineItems().stream().map(i -> department.equals(i.unit())
                ? new LineItem(null, i.functionCode(), i.economicCode(), i.governmentEconomicCode(), i.source(),
                        i.nature(), i.project(), i.carryover(), i.amount())
                : i).toList();
        List<ProjectPlan> plans = data.projects().stream().map(p -> department.equals(p.unit())
                ? new ProjectPlan(p.name(), null, p.category(), p.attribute(), p.period(), p.periodTotal(),
                        p.central(), p.provincial(), p.selfRaised(), p.other(), p.overview(), p.basis(),
                        p.necessity(), p.safeguards(), p.plan(), p.periodGoal(), p.annualGoal(), p.indicators(),
                        p.periodIndicators(), p.published())
                : p).toList();
        return new BudgetData(data.year(), data.unit(), items, plans, data.fundIncome(), data.soeIncome(),
                data.other());
    }
}
