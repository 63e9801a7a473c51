package io.gongkai.rules.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.finalaccounts.FinalAccountsAssembler;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Project;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportMutatorTest {

    private static final Report SEED_000 = TestReports.seed000();
    private static final Report SEED_001 = TestReports.seed001();

    private static <T extends Mutant> T find(List<Mutant> mutants, Class<T> type, Predicate<T> which) {
        return mutants.stream().filter(type::isInstance).map(type::cast).filter(which).findFirst().orElseThrow();
    }

    private static FactMutant fact(ReportMutator mutator, String section, String subject) {
        return find(mutator.mutants(Perturbation.TRANSPOSE_DIGITS), FactMutant.class,
                m -> m.fact().section().equals(section) && m.fact().subject().equals(subject));
    }

    private static String sectionText(Report report, String number) {
        return report.narrative().sections().stream().filter(s -> s.number().equals(number))
                .map(NarrativeSection::text).findFirst().orElseThrow();
    }

    @Test
    void oneMutantPerPublishedCellAndPerFact() {
        for (Report report : RecallDocuments.all().values()) {
            int cells = report.tables().stream().flatMap(t -> t.rows().stream())
                    .mapToInt(r -> r.amounts().size()).sum();
            List<Mutant> mutants = new ReportMutator(report).mutants(Perturbation.TRANSPOSE_DIGITS);

            assertThat(mutants.stream().filter(m -> m instanceof CellMutant)).hasSize(cells);
            assertThat(mutants.stream().filter(m -> m instanceof FactMutant))
                    .hasSize(report.narrative().facts().size());
            assertThat(mutants).allSatisfy(m -> assertThat(m.mutated()).isNotEqualByComparingTo(m.original()));
        }
        assertThat(new ReportMutator(SEED_000).mutants(Perturbation.PLUS_ONE)).hasSize(254 + 86);
    }

    @Test
    void aCellMutantChangesThatCellOnly() {
        ReportMutator mutator = new ReportMutator(SEED_000);
        CellMutant m = find(mutator.mutants(Perturbation.TRANSPOSE_DIGITS), CellMutant.class,
                c -> c.table() == TableType.GPB_EXPENDITURE && c.row().equals("2160299 其他商业流通事务支出")
                        && c.column().equals("project"));
        Report mutant = mutator.apply(m);

        assertThat(m.describe()).isEqualTo("表5「2160299 其他商业流通事务支出」项目支出 567.00 → 560.70");
        for (int t = 0; t < SEED_000.tables().size(); t++) {
            DisclosureTable before = SEED_000.tables().get(t);
            DisclosureTable after = mutant.tables().get(t);
            assertThat(after.type()).isEqualTo(before.type());
            for (int r = 0; r < before.rows().size(); r++) {
                TableRow row = after.rows().get(r);
                boolean changed = before.type() == TableType.GPB_EXPENDITURE && r == m.rowIndex();
                assertThat(row.equals(before.rows().get(r))).as("%s row %d", before.type(), r).isEqualTo(!changed);
            }
        }
        assertThat(mutant.table(TableType.GPB_EXPENDITURE).orElseThrow().rows().get(m.rowIndex())
                .amount("project")).isEqualByComparingTo("560.70");
        assertThat(SEED_000.table(TableType.GPB_EXPENDITURE).orElseThrow().rows().get(m.rowIndex())
                .amount("project")).isEqualByComparingTo("567.00");
    }

    @Test
    void aProjectCellMutantChangesTheProjectToo() {
        ReportMutator mutator = new ReportMutator(SEED_000);
        CellMutant m = find(mutator.mutants(Perturbation.TRANSPOSE_DIGITS), CellMutant.class,
                c -> c.table() == TableType.PROJECTS_CURRENT && c.row().equals("商务执法办公经费")
                        && c.column().equals("total"));
        Report mutant = mutator.apply(m);

        Project project = mutant.projects().stream().filter(p -> p.name().equals("商务执法办公经费")
                && p.funding() == io.gongkai.model.ProjectFunding.CURRENT_YEAR).findFirst().orElseThrow();
        assertThat(project.total()).isEqualByComparingTo("0.30");
        assertThat(mutant.projects().stream().filter(p -> p.name().equals("商务执法办公经费")).map(Project::total))
                .containsExactly(new BigDecimal("0.30"), new BigDecimal("1.36"));
    }

    @Test
    void aFactMutantChangesTheFactAndItsPrintingInTheSectionText() {
        ReportMutator mutator = new ReportMutator(SEED_001);
        FactMutant m = fact(mutator, "九", "政府采购货物预算");
        Report mutant = mutator.apply(m);

        NarrativeFact changed = mutant.narrative().facts().get(m.factIndex());
        assertThat(changed.value()).isEqualByComparingTo("7.79");
        assertThat(changed.subject()).isEqualTo("政府采购货物预算");
        assertThat(sectionText(mutant, "九")).contains("政府采购货物预算7.79万元、政府采购工程预算0万元");
        assertThat(sectionText(SEED_001, "九")).contains("政府采购货物预算7.97万元");
        assertThat(mutant.procurement().goods()).isEqualByComparingTo("7.79");
        assertThat(mutant.procurement().total()).isEqualByComparingTo("21.07");
    }

    @Test
    void theRightOneOfEqualPrintingsIsRewritten() {
        ReportMutator mutator = new ReportMutator(SEED_001);
        FactMutant works = fact(mutator, "九", "政府采购工程预算");
        Report mutant = mutator.apply(works);

        assertThat(works.mutated()).isEqualByComparingTo("1");
        assertThat(sectionText(mutant, "九")).contains("总额21.07万元").contains("货物预算7.97万元")
                .contains("工程预算1万元").contains("服务预算13.10万元");
        assertThat(mutant.procurement().works()).isEqualByComparingTo("1");
    }

    @Test
    void vehicleAndAreaMutantsChangeTheAssets() {
        ReportMutator mutator = new ReportMutator(SEED_001);

        Report quota = mutator.apply(fact(mutator, "十一(1)", "公务用车编制"));
        assertThat(quota.assets().vehicles().quota()).isEqualTo(1);
        assertThat(quota.assets().vehicles().actual()).isEqualTo(3);

        Report actual = mutator.apply(fact(mutator, "十一(1)", "实有"));
        assertThat(actual.assets().vehicles().actual()).isEqualTo(4);
        assertThat(sectionText(actual, "十一")).contains("编制0辆，实有4辆");

        Report category = mutator.apply(fact(mutator, "十一(1)", "机要通信用车"));
        assertThat(category.assets().vehicles().byCategory()).containsEntry("机要通信用车", 4)
                .containsEntry("领导用车", 0);

        Report area = mutator.apply(fact(mutator, "十一(2)", "使用的办公用房建筑总面积"));
        assertThat(area.assets().officeArea()).isEqualByComparingTo("1483.21");
    }

    @Test
    void equipmentCountsAreBoundInOrder() {
        Report fixtureA = TestReports.fixtureA();
        ReportMutator mutator = new ReportMutator(fixtureA);
        List<FactMutant> equipment = mutator.mutants(Perturbation.PLUS_ONE).stream()
                .filter(m -> m instanceof FactMutant f && f.fact().unit().startsWith("台"))
                .map(FactMutant.class::cast).toList();

        assertThat(equipment).hasSize(2);
        assertThat(mutator.apply(equipment.get(0)).assets().equipmentOver500k()).isEqualTo(1);
        assertThat(mutator.apply(equipment.get(1)).assets().equipmentOver1m()).isEqualTo(2);
        assertThat(mutator.apply(equipment.get(1)).assets().equipmentOver500k()).isEqualTo(0);
    }

    @Test
    void groupedPrintingsStayGrouped() {
        ReportMutator mutator = new ReportMutator(TestReports.fixtureB());
        FactMutant area = fact(mutator, "十一(2)", "业务用房建筑面积");
        Report mutant = mutator.apply(area);

        assertThat(sectionText(mutant, "十一")).contains("业务用房建筑面积12,406.00平方米");
        assertThat(mutant.assets().officeArea()).isEqualByComparingTo("860.00");
        assertThat(SectionText.grouped("1554.77")).isEqualTo("1,554.77");
        assertThat(SectionText.grouped("572")).isEqualTo("572");
        assertThat(SectionText.grouped("1234567")).isEqualTo("1,234,567");
    }

    @Test
    void everyProcurementAndAssetFigureOfTheFiveDocumentsChangesWithItsFact() {
        for (Map.Entry<String, Report> doc : RecallDocuments.all().entrySet()) {
            Report report = doc.getValue();
            ReportMutator mutator = new ReportMutator(report);
            Set<String> published = views(report).entrySet().stream().filter(e -> e.getValue() != null)
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            Set<String> changed = new HashSet<>();
            for (Mutant m : mutator.mutants(Perturbation.TRANSPOSE_DIGITS)) {
                if (m instanceof FactMutant) {
                    Map<String, Object> after = views(mutator.apply(m));
                    views(report).forEach((k, v) -> {
                        if (!Objects.equals(v, after.get(k))) {
                            changed.add(k);
                        }
                    });
                }
            }
            assertThat(changed).as("document %s", doc.getKey()).isEqualTo(published);
        }
    }

    @Test
    void aFinalAccountsFactMutantChangesTheStatementReadFromIt() {
        // Seed 003, line 1337: 2023年机关运行经费支出17.98万元; line 1244: 完成年初预算的102.38%.
        Report seed003 = TestReports.seed003();
        ReportMutator mutator = new ReportMutator(seed003, FinalAccountsAssembler::restate);
        List<Mutant> mutants = mutator.mutants(Perturbation.TRANSPOSE_DIGITS);
        FactMutant operating = find(mutants, FactMutant.class, m -> m.fact().subject().contains("机关运行经费")
                && m.original().compareTo(new BigDecimal("17.98")) == 0);
        FactMutant completion = find(mutants, FactMutant.class,
                m -> m.original().compareTo(new BigDecimal("102.38")) == 0);

        assertThat(seed003.narrative().finalAccounts().operatingCosts().amount()).isEqualByComparingTo("17.98");
        assertThat(mutator.apply(operating).narrative().finalAccounts().operatingCosts().amount())
                .isEqualByComparingTo("17.89");
        assertThat(seed003.narrative().finalAccounts().completionRate()).isEqualByComparingTo("102.38");
        assertThat(mutator.apply(completion).narrative().finalAccounts().completionRate())
                .isEqualByComparingTo("102.83");
        assertThat(mutator.apply(completion).narrative().finalAccounts().operatingCosts())
                .isEqualTo(seed003.narrative().finalAccounts().operatingCosts());
        assertThat(new ReportMutator(seed003).apply(operating).narrative().finalAccounts())
                .as("without a statements reader the statements stay as read, not dropped")
                .isEqualTo(seed003.narrative().finalAccounts());
    }

    @Test
    void everyStatedPartOfTheFinalAccountsStatementsChangesWithSomeFact() {
        Report seed003 = TestReports.seed003();
        FinalAccountsStatements read = seed003.narrative().finalAccounts();
        ReportMutator mutator = new ReportMutator(seed003, FinalAccountsAssembler::restate);
        Set<String> changed = new HashSet<>();
        for (Mutant m : mutator.mutants(Perturbation.TRANSPOSE_DIGITS)) {
            if (m instanceof FactMutant) {
                FinalAccountsStatements after = mutator.apply(m).narrative().finalAccounts();
                parts(read).forEach((part, value) -> {
                    if (!value.equals(parts(after).get(part))) {
                        changed.add(part);
                    }
                });
            }
        }
        // 003 states all six: the completion, the 类 statements, 三公 (all 0), 机关运行经费, 政府采购 and the 自评 summaries.
        assertThat(read.classes()).isNotEmpty();
        assertThat(read.selfEvaluationSummaries()).isNotEmpty();
        assertThat(changed).containsExactlyInAnyOrderElementsOf(parts(read).keySet());
    }

    private static Map<String, Object> parts(FinalAccountsStatements s) {
        return Map.of("completion", Arrays.asList(s.initialBudget(), s.finalExpenditure(), s.completionRate()),
                "classes", s.classes(), "threePublic", s.threePublic(), "operatingCosts", s.operatingCosts(),
                "procurement", s.procurement(), "evaluations", s.selfEvaluationSummaries());
    }

    @Test
    void everyProjectOfTheFiveDocumentsChangesWithItsTotalCell() {
        for (Map.Entry<String, Report> doc : RecallDocuments.all().entrySet()) {
            Report report = doc.getValue();
            ReportMutator mutator = new ReportMutator(report);
            Set<Integer> changed = new HashSet<>();
            for (Mutant m : mutator.mutants(Perturbation.TRANSPOSE_DIGITS)) {
                if (m instanceof CellMutant) {
                    List<Project> after = mutator.apply(m).projects();
                    for (int p = 0; p < after.size(); p++) {
                        if (!after.get(p).equals(report.projects().get(p))) {
                            changed.add(p);
                        }
                    }
                }
            }
            assertThat(changed).as("document %s", doc.getKey()).hasSize(report.projects().size());
        }
    }

    private static Map<String, Object> views(Report r) {
        Map<String, Object> views = new HashMap<>();
        views.put("procurement.total", r.procurement().total());
        views.put("procurement.goods", r.procurement().goods());
        views.put("procurement.works", r.procurement().works());
        views.put("procurement.services", r.procurement().services());
        views.put("vehicles.quota", r.assets().vehicles().quota());
        views.put("vehicles.actual", r.assets().vehicles().actual());
        r.assets().vehicles().byCategory().forEach((k, v) -> views.put("vehicles." + k, v));
        views.put("officeArea", r.assets().officeArea());
        views.put("equipmentOver500k", r.assets().equipmentOver500k());
        views.put("equipmentOver1m", r.assets().equipmentOver1m());
        return views;
    }
}
