package io.gongkai.corpus;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FactKind;
import io.gongkai.model.FundSplit;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.Vehicles;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.mutation.CellMutant;
import io.gongkai.rules.mutation.FactMutant;
import io.gongkai.rules.mutation.Mutant;
import io.gongkai.rules.mutation.Perturbation;
import io.gongkai.rules.mutation.ReportMutator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Plants one defect of a given type in a consistent report by editing the model, the way a careless editor would
 * change the published document. Amount changes reuse the rules' mutation harness ({@link ReportMutator}: the
 * cell or fact with its section text and derived views). Stateless; the randomness comes from the caller.
 */
public final class DefectPlanter {

    /** A report with a defect in it, and the truth about the defect (without the expected rules yet). */
    public record Planted(Report report, PlantedDefect defect) {
    }

    private static final Perturbation[] PERTURBATIONS = {Perturbation.TRANSPOSE_DIGITS,
        Perturbation.PLUS_TEN_PERCENT};
    /** Tables whose rows carry functional classification codes. */
    private static final List<TableType> CODED_TABLES = List.of(TableType.INCOME_SUMMARY,
        TableType.EXPENDITURE_SUMMARY, TableType.GPB_EXPENDITURE);

    /** Plants a defect of the type, or returns empty when the report has nothing it could be planted in. */
    public Optional<Planted> plant(Report clean, DefectType type, Random random) {
        return switch (type) {
            case TABLE_AMOUNT -> cell(clean, random, false);
            case THREE_PUBLIC_ITEM -> cell(clean, random, true);
            case NARRATIVE_FIGURE -> fact(clean, random);
            case MISSING_TABLE -> missingTable(clean, random);
            case GOAL_FUNDS -> goalFunds(clean, random);
            case CODE_NAME -> codeName(clean, random);
            case VEHICLES_OVER_QUOTA -> vehiclesOverQuota(clean, random);
        };
    }

    private static Perturbation perturbation(Random random) {
        return PERTURBATIONS[random.nextInt(PERTURBATIONS.length)];
    }

    private static Optional<Planted> cell(Report clean, Random random, boolean threePublic) {
        ReportMutator mutator = new ReportMutator(clean);
        List<CellMutant> cells = new ArrayList<>();
        for (Mutant m : mutator.mutants(perturbation(random))) {
            if (m instanceof CellMutant c && (c.table() == TableType.THREE_PUBLIC) == threePublic) {
                cells.add(c);
            }
        }
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        CellMutant c = cells.get(random.nextInt(cells.size()));
        DefectType type = threePublic ? DefectType.THREE_PUBLIC_ITEM : DefectType.TABLE_AMOUNT;
        return Optional.of(new Planted(mutator.apply(c), new PlantedDefect(type, c.table().number(), c.row(),
                c.column(), null, c.original().toPlainString(), c.mutated().toPlainString(), List.of())));
    }

    private static Optional<Planted> fact(Report clean, Random random) {
        ReportMutator mutator = new ReportMutator(clean);
        List<FactMutant> facts = new ArrayList<>();
        for (Mutant m : mutator.mutants(perturbation(random))) {
            if (m instanceof FactMutant f) {
                facts.add(f);
            }
        }
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        FactMutant f = facts.get(random.nextInt(facts.size()));
        return Optional.of(new Planted(mutator.apply(f), new PlantedDefect(DefectType.NARRATIVE_FIGURE, null,
                f.fact().subject(), null, f.fact().section(), f.original().toPlainString(),
                f.mutated().toPlainString(), List.of())));
    }

    private static Optional<Planted> missingTable(Report clean, Random random) {
        List<DisclosureTable> tables = new ArrayList<>(clean.tables());
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        DisclosureTable left = tables.remove(random.nextInt(tables.size()));
        return Optional.of(new Planted(clean.withTables(tables), new PlantedDefect(DefectType.MISSING_TABLE,
                left.number(), null, null, null, left.title(), null, List.of())));
    }

    /**
     * 年度资金总额 and the source part that carries it are changed together, so the goal table still adds up and
     * only its agreement with the project's amount in 表12 is broken.
     */
    private static Optional<Planted> goalFunds(Report clean, Random random) {
        List<PerformanceGoal> goals = new ArrayList<>(clean.performanceGoals());
        List<Integer> funded = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).annualFunds().total() != null) {
                funded.add(i);
            }
        }
        if (funded.isEmpty()) {
            return Optional.empty();
        }
        int index = funded.get(random.nextInt(funded.size()));
        PerformanceGoal goal = goals.get(index);
        FundSplit funds = goal.annualFunds();
        BigDecimal total = funds.total();
        // The change is made in 万元, as T12 prints the amount: a change of a few 元 would agree with T12 within
        // rounding and be no defect at all (837,155.44 and 837,154.54 both print as 83.72).
        BigDecimal changed = perturbation(random).apply(total.movePointLeft(4).setScale(2, RoundingMode.HALF_UP))
                .movePointRight(4).setScale(Math.max(total.scale(), 0));
        goals.set(index, withAnnualFunds(goal, new FundSplit(changed, same(funds.central(), total, changed),
                same(funds.provincial(), total, changed), same(funds.local(), total, changed),
                same(funds.selfRaised(), total, changed), same(funds.other(), total, changed))));
        return Optional.of(new Planted(clean.withPerformanceGoals(goals), new PlantedDefect(DefectType.GOAL_FUNDS,
                null, goal.projectName(), "annualFunds.total", "绩效目标表「" + goal.projectName() + "」",
                total.toPlainString(), changed.toPlainString(), List.of())));
    }

    private static BigDecimal same(BigDecimal part, BigDecimal total, BigDecimal changed) {
        return part != null && part.compareTo(total) == 0 ? changed : part;
    }

    private static PerformanceGoal withAnnualFunds(PerformanceGoal g, FundSplit annual) {
        return new PerformanceGoal(g.projectName(), g.departmentCode(), g.departmentName(), g.implementingUnit(),
                g.attribute(), g.period(), g.periodFunds(), annual, g.overview(), g.basis(), g.necessity(),
                g.safeguards(), g.plan(), g.periodGoal(), g.annualGoal(), g.periodIndicators(),
                g.annualIndicators(), g.source());
    }

    /**
     * The number of vehicles held (实有) stated one or two above the quota (编制). The categories are left as they
     * were, as an editor who changed one figure would leave them.
     */
    private static Optional<Planted> vehiclesOverQuota(Report clean, Random random) {
        Vehicles cars = clean.assets().vehicles();
        if (cars.quota() == null || cars.actual() == null) {
            return Optional.empty();
        }
        List<NarrativeFact> facts = clean.narrative().facts();
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact f = facts.get(i);
            // Neither the quota (编制) nor a purchase plan (购置公务用车N辆, 七) is the number held.
            if (f.kind() == FactKind.COUNT && f.unit().equals("辆") && !f.subject().contains("编制")
                    && !f.subject().contains("购置")
                    && !cars.byCategory().containsKey(f.subject())
                    && f.value().compareTo(BigDecimal.valueOf(cars.actual())) == 0) {
                BigDecimal over = BigDecimal.valueOf(cars.quota() + 1L + random.nextInt(2));
                FactMutant mutant = new FactMutant(i, f, over);
                return Optional.of(new Planted(new ReportMutator(clean).apply(mutant), new PlantedDefect(
                        DefectType.VEHICLES_OVER_QUOTA, null, f.subject(), null, f.section(),
                        f.value().toPlainString(), over.toPlainString(), List.of())));
            }
        }
        return Optional.empty();
    }

    /** A 项 row of 表2, 表3 or 表5 printed with the name of another 项 of the catalogue. */
    private static Optional<Planted> codeName(Report clean, Random random) {
        record Coded(DisclosureTable table, int row) {
        }
        List<Coded> candidates = new ArrayList<>();
        for (DisclosureTable table : clean.tables()) {
            if (CODED_TABLES.contains(table.type())) {
                for (int i = 0; i < table.rows().size(); i++) {
                    String code = table.rows().get(i).code();
                    if (code != null && code.length() == 7) {
                        candidates.add(new Coded(table, i));
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Coded at = candidates.get(random.nextInt(candidates.size()));
        TableRow row = at.table().rows().get(at.row());
        List<Classification> items = ClassificationCatalog.functional(clean.year()).all().stream()
                .filter(c -> c.code().length() == 7 && !Objects.equals(c.name(), row.name()))
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
        String wrong = items.get(random.nextInt(items.size())).name();
        List<TableRow> rows = new ArrayList<>(at.table().rows());
        rows.set(at.row(), row.withName(wrong));
        return Optional.of(new Planted(clean.withTable(at.table().withRows(rows)), new PlantedDefect(
                DefectType.CODE_NAME, at.table().number(), RowNames.of(row), null, null, row.name(), wrong,
                List.of())));
    }
}
