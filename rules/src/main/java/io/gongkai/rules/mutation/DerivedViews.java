package io.gongkai.rules.mutation;

import io.gongkai.model.Assets;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FactKind;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Procurement;
import io.gongkai.model.Project;
import io.gongkai.model.ProjectFunding;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.Vehicles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The parts of a report that the reader derives from a table cell or a narrative fact, bound once to the cell or
 * fact they were read from, so that a mutant changes them together:
 * <ul>
 *   <li>{@link Project#total()} ← the 合计 cell of its project row in table 12 or 13 (same name and source);</li>
 *   <li>{@link Procurement} total, 货物, 工程, 服务 ← the first 万元 amounts about 采购 with the matching word and
 *       the same value;</li>
 *   <li>{@link Vehicles} 编制, 实有 and each category ← the first 辆 counts with the matching subject and value;</li>
 *   <li>{@link Assets#officeArea()} ← the first 平方米 quantity about 办公 (else the first) with the same value;
 *       the counts of equipment over 50万 and 100万 ← the first two 台（套） counts, in that order;</li>
 *   <li>the {@link FinalAccountsStatements} of final accounts ← the narrative's text, re-read after the number is
 *       rewritten in it by the statements reader the mutator was given (ingest's
 *       {@code FinalAccountsAssembler::restate}; rules do not depend on ingest), each part (completion of the
 *       initial budget, the 类 statements, 三公, 机关运行经费, 政府采购, the self-evaluation summaries) only where
 *       re-reading the unchanged text gives the reader's own statement.</li>
 * </ul>
 * The binding follows the reader's own choices (ingest's AssetsParser, ProcurementParser and statement parser) on
 * the values published, so a binding can only be missing, never wrong in value; a missing binding leaves the view
 * as read.
 */
final class DerivedViews {

    private static final Pattern NOT_A_PART = Pattern.compile("中小企业|小微|授予|监狱|残疾人");
    private static final Set<TableType> PROJECT_TABLES = Set.of(TableType.PROJECTS_CURRENT,
            TableType.PROJECTS_CARRYOVER);

    /** A view bound to a fact. */
    private enum Field {
        PROCUREMENT_TOTAL, GOODS, WORKS, SERVICES, VEHICLE_QUOTA, VEHICLE_ACTUAL, VEHICLE_CATEGORY, OFFICE_AREA,
        EQUIPMENT_500K, EQUIPMENT_1M
    }

    private record CellKey(TableType table, int rowIndex) {
    }

    /**
     * Which parts of the final-accounts statements re-reading the text reproduces, in
     * {@link FinalAccountsStatements} order: the completion (initial budget, final expenditure, rate), classes,
     * 三公, 机关运行经费, 政府采购, self-evaluation summaries. All false for a budget.
     */
    private record RestatedParts(boolean completion, boolean classes, boolean threePublic, boolean operatingCosts,
                                 boolean procurement, boolean evaluations) {

        static final RestatedParts NONE = new RestatedParts(false, false, false, false, false, false);

        static RestatedParts of(Report report, Function<Narrative, FinalAccountsStatements> statementsReader) {
            if (report.kind() != ReportKind.FINAL_ACCOUNTS || statementsReader == ReportMutator.STATEMENTS_AS_READ) {
                return NONE;
            }
            FinalAccountsStatements read = report.narrative().finalAccounts();
            FinalAccountsStatements again = statementsReader.apply(report.narrative());
            return new RestatedParts(
                    Objects.equals(read.initialBudget(), again.initialBudget())
                            && Objects.equals(read.finalExpenditure(), again.finalExpenditure())
                            && Objects.equals(read.completionRate(), again.completionRate()),
                    read.classes().equals(again.classes()), read.threePublic().equals(again.threePublic()),
                    read.operatingCosts().equals(again.operatingCosts()),
                    read.procurement().equals(again.procurement()),
                    read.selfEvaluationSummaries().equals(again.selfEvaluationSummaries()));
        }

        boolean any() {
            return completion || classes || threePublic || operatingCosts || procurement || evaluations;
        }

        /** The statements with each reproduced part taken from the re-read ones, the others as read. */
        FinalAccountsStatements merge(FinalAccountsStatements read, FinalAccountsStatements again) {
            return new FinalAccountsStatements(completion ? again.initialBudget() : read.initialBudget(),
                    completion ? again.finalExpenditure() : read.finalExpenditure(),
                    completion ? again.completionRate() : read.completionRate(),
                    classes ? again.classes() : read.classes(),
                    threePublic ? again.threePublic() : read.threePublic(),
                    operatingCosts ? again.operatingCosts() : read.operatingCosts(),
                    procurement ? again.procurement() : read.procurement(),
                    evaluations ? again.selfEvaluationSummaries() : read.selfEvaluationSummaries(),
                    read.repeatedSections());
        }
    }

    private final Map<CellKey, Integer> projectByRow;
    private final Map<Integer, Field> fieldByFact;
    private final RestatedParts restated;
    private final Function<Narrative, FinalAccountsStatements> statementsReader;

    private DerivedViews(Map<CellKey, Integer> projectByRow, Map<Integer, Field> fieldByFact,
                         RestatedParts restated, Function<Narrative, FinalAccountsStatements> statementsReader) {
        this.projectByRow = Map.copyOf(projectByRow);
        this.fieldByFact = Map.copyOf(fieldByFact);
        this.restated = restated;
        this.statementsReader = statementsReader;
    }

    static DerivedViews of(Report report, Function<Narrative, FinalAccountsStatements> statementsReader) {
        Map<Integer, Field> fields = new HashMap<>();
        bindProcurement(report, fields);
        bindVehicles(report, fields);
        bindOfficeAndEquipment(report, fields);
        return new DerivedViews(bindProjects(report), fields, RestatedParts.of(report, statementsReader),
                statementsReader);
    }

    /** The mutated report with the project read from the changed cell changed too. */
    Report afterCell(Report mutated, CellMutant mutant) {
        Integer index = projectByRow.get(new CellKey(mutant.table(), mutant.rowIndex()));
        if (index == null || !mutant.column().equals(Columns.TOTAL)) {
            return mutated;
        }
        List<Project> projects = new ArrayList<>(mutated.projects());
        Project p = projects.get(index);
        projects.set(index, new Project(p.name(), p.unit(), p.funding(), mutant.mutated(), p.source()));
        return mutated.withProjects(projects);
    }

    /**
     * The mutated report with the procurement or assets figure read from the changed fact changed too, and the
     * statements of final accounts re-read from the rewritten text.
     */
    Report afterFact(Report mutated, FactMutant mutant) {
        Report withViews = afterBoundFact(mutated, mutant);
        if (!restated.any()) {
            return withViews;
        }
        Narrative narrative = withViews.narrative();
        return withViews.withNarrative(narrative.withFinalAccounts(
                restated.merge(narrative.finalAccounts(), statementsReader.apply(narrative))));
    }

    private Report afterBoundFact(Report mutated, FactMutant mutant) {
        Field field = fieldByFact.get(mutant.factIndex());
        if (field == null) {
            return mutated;
        }
        BigDecimal v = mutant.mutated();
        Procurement p = mutated.procurement();
        Assets a = mutated.assets();
        Vehicles cars = a.vehicles();
        return switch (field) {
            case PROCUREMENT_TOTAL -> mutated.withProcurement(
                    new Procurement(v, p.goods(), p.works(), p.services(), p.source()));
            case GOODS -> mutated.withProcurement(new Procurement(p.total(), v, p.works(), p.services(), p.source()));
            case WORKS -> mutated.withProcurement(new Procurement(p.total(), p.goods(), v, p.services(), p.source()));
            case SERVICES -> mutated.withProcurement(new Procurement(p.total(), p.goods(), p.works(), v, p.source()));
            case VEHICLE_QUOTA -> withVehicles(mutated, new Vehicles(count(v), cars.actual(), cars.byCategory()));
            case VEHICLE_ACTUAL -> withVehicles(mutated, new Vehicles(cars.quota(), count(v), cars.byCategory()));
            case VEHICLE_CATEGORY -> {
                Map<String, Integer> byCategory = new LinkedHashMap<>(cars.byCategory());
                byCategory.put(mutant.fact().subject(), count(v));
                yield withVehicles(mutated, new Vehicles(cars.quota(), cars.actual(), byCategory));
            }
            case OFFICE_AREA -> mutated.withAssets(new Assets(a.asOf(), cars, v, a.equipmentOver500k(),
                    a.equipmentOver1m(), a.source()));
            case EQUIPMENT_500K -> mutated.withAssets(new Assets(a.asOf(), cars, a.officeArea(), count(v),
                    a.equipmentOver1m(), a.source()));
            case EQUIPMENT_1M -> mutated.withAssets(new Assets(a.asOf(), cars, a.officeArea(),
                    a.equipmentOver500k(), count(v), a.source()));
        };
    }

    private static Report withVehicles(Report report, Vehicles vehicles) {
        Assets a = report.assets();
        return report.withAssets(new Assets(a.asOf(), vehicles, a.officeArea(), a.equipmentOver500k(),
                a.equipmentOver1m(), a.source()));
    }

    /** A count as the reader keeps it; mutants of whole numbers stay whole. */
    private static Integer count(BigDecimal value) {
        return value.intValue();
    }

    private static Map<CellKey, Integer> bindProjects(Report report) {
        Map<CellKey, Integer> bound = new HashMap<>();
        List<Project> projects = report.projects();
        for (DisclosureTable table : report.tables()) {
            if (!PROJECT_TABLES.contains(table.type())) {
                continue;
            }
            ProjectFunding funding = table.type() == TableType.PROJECTS_CURRENT ? ProjectFunding.CURRENT_YEAR
                    : ProjectFunding.CARRYOVER;
            for (int i = 0; i < table.rows().size(); i++) {
                TableRow row = table.rows().get(i);
                if (!row.isKey(RowKeys.PROJECT)) {
                    continue;
                }
                for (int p = 0; p < projects.size(); p++) {
                    Project project = projects.get(p);
                    if (project.funding() == funding && project.name().equals(row.name())
                            && project.source().equals(row.source()) && !bound.containsValue(p)) {
                        bound.put(new CellKey(table.type(), i), p);
                        break;
                    }
                }
            }
        }
        return bound;
    }

    private static void bindProcurement(Report report, Map<Integer, Field> fields) {
        Procurement p = report.procurement();
        List<NarrativeFact> facts = report.narrative().facts();
        Set<Field> seen = EnumSet.noneOf(Field.class);
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact f = facts.get(i);
            String s = f.subject();
            if (f.kind() != FactKind.AMOUNT || !f.unit().equals("万元") || !s.contains("采购")
                    || NOT_A_PART.matcher(s).find()) {
                continue;
            }
            Field field = s.contains("货物") ? Field.GOODS : s.contains("工程") ? Field.WORKS
                    : s.contains("服务") ? Field.SERVICES : Field.PROCUREMENT_TOTAL;
            BigDecimal value = switch (field) {
                case GOODS -> p.goods();
                case WORKS -> p.works();
                case SERVICES -> p.services();
                default -> p.total();
            };
            bindFirst(fields, seen, i, field, value != null && value.compareTo(f.value()) == 0);
        }
    }

    private static void bindVehicles(Report report, Map<Integer, Field> fields) {
        Vehicles cars = report.assets().vehicles();
        List<NarrativeFact> facts = report.narrative().facts();
        Set<Field> seen = EnumSet.noneOf(Field.class);
        Set<String> seenCategories = new HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact f = facts.get(i);
            if (f.kind() != FactKind.COUNT || !f.unit().equals("辆")) {
                continue;
            }
            String s = f.subject();
            if (s.contains("购置") || s.contains("保有量")) {
                continue; // final accounts' 三公 statements (vehicles bought, held on fiscal funds), not the assets
            }
            Integer category = cars.byCategory().get(s);
            if (s.contains("编制")) {
                bindFirst(fields, seen, i, Field.VEHICLE_QUOTA, same(cars.quota(), f));
            } else if (category != null) {
                if (seenCategories.add(s) && same(category, f)) {
                    fields.put(i, Field.VEHICLE_CATEGORY);
                }
            } else {
                bindFirst(fields, seen, i, Field.VEHICLE_ACTUAL, same(cars.actual(), f));
            }
        }
    }

    private static void bindOfficeAndEquipment(Report report, Map<Integer, Field> fields) {
        Assets assets = report.assets();
        List<NarrativeFact> facts = report.narrative().facts();
        int office = -1;
        int anyArea = -1;
        List<Integer> equipment = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact f = facts.get(i);
            if (f.kind() == FactKind.QUANTITY && assets.officeArea() != null
                    && assets.officeArea().compareTo(f.value()) == 0) {
                office = office < 0 && f.subject().contains("办公") ? i : office;
                anyArea = anyArea < 0 ? i : anyArea;
            } else if (f.kind() == FactKind.COUNT && f.unit().startsWith("台")) {
                equipment.add(i);
            }
        }
        int area = office >= 0 ? office : anyArea;
        if (area >= 0) {
            fields.put(area, Field.OFFICE_AREA);
        }
        if (!equipment.isEmpty() && same(assets.equipmentOver500k(), facts.get(equipment.get(0)))) {
            fields.put(equipment.get(0), Field.EQUIPMENT_500K);
        }
        if (equipment.size() > 1 && same(assets.equipmentOver1m(), facts.get(equipment.get(1)))) {
            fields.put(equipment.get(1), Field.EQUIPMENT_1M);
        } else if (equipment.size() == 1 && assets.equipmentOver500k() == null
                && same(assets.equipmentOver1m(), facts.get(equipment.get(0)))) {
            // final accounts state only the 100万元（含）以上 count
            fields.put(equipment.get(0), Field.EQUIPMENT_1M);
        }
    }

    /** Binds the first fact of a field (the one the reader takes) when its value agrees with the view. */
    private static void bindFirst(Map<Integer, Field> fields, Set<Field> seen, int index, Field field,
                                  boolean sameValue) {
        if (seen.add(field) && sameValue) {
            fields.put(index, field);
        }
    }

    private static boolean same(Integer count, NarrativeFact fact) {
        return count != null && BigDecimal.valueOf(count).compareTo(fact.value()) == 0;
    }
}
