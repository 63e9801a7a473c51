package io.gongkai.rules.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.FactKind;
import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness proven on tiny rules whose catches are known in advance. */
class MutationHarnessTest {

    private static final Report SEED_000 = TestReports.seed000();

    private static MutationRun run(Perturbation perturbation, io.gongkai.rules.Rule... rules) {
        return new MutationHarness(new Checker(List.of(rules), CheckConfig.DEFAULT), perturbation)
                .run("000", SEED_000);
    }

    @Test
    void aTableThreeIdentityCatchesEveryChangeOfTableThreeAndNothingElse() {
        MutationRun run = run(Perturbation.TRANSPOSE_DIGITS, new TinyRules.ExpenditureTotalRule(),
                new TinyRules.AlwaysWarnsRule(), new TinyRules.GpbTotalRemarkRule());

        assertThat(run.outcomes()).hasSize(254 + 86);
        assertThat(run.baselineFindings()).isEqualTo(1);
        for (MutantOutcome o : run.outcomes()) {
            boolean tableThree = o.mutant() instanceof CellMutant c && c.table() == TableType.EXPENDITURE_SUMMARY;
            assertThat(o.caught()).as(o.mutant().describe()).isEqualTo(tableThree);
            assertThat(o.newFindings()).allSatisfy(f -> {
                assertThat(f.rule()).isEqualTo("TEST-001");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
        }
        assertThat(run.recall(Mutant.Part.TABLE)).isEqualTo(new Recall(48, 254));
        assertThat(run.recall(Mutant.Part.NARRATIVE)).isEqualTo(new Recall(0, 86));
    }

    @Test
    void theNewFindingIsAtTheRowOfTheChangedCell() {
        MutationRun run = run(Perturbation.TRANSPOSE_DIGITS, new TinyRules.ExpenditureTotalRule());
        MutantOutcome commerce = run.outcomes().stream()
                .filter(o -> o.mutant() instanceof CellMutant c && c.table() == TableType.EXPENDITURE_SUMMARY
                        && c.row().equals("216 商业服务业等支出") && c.column().equals("basic"))
                .findFirst().orElseThrow();

        assertThat(commerce.mutant().describe()).isEqualTo("表3「216 商业服务业等支出」基本支出 216.00 → 210.60");
        Finding f = commerce.newFindings().get(0);
        assertThat(f.location().row()).isEqualTo("216 商业服务业等支出");
        assertThat(f.expected()).isEqualTo("1473.26");
        assertThat(f.actual()).isEqualTo("1478.65");
    }

    @Test
    void aNarrativeRuleCatchesItsFactAndTheCellItIsComparedWith() {
        MutationSummary summary = MutationSummary.of(List.of(
                run(Perturbation.PLUS_ONE, new TinyRules.BasicExpenditureStatedRule())));

        assertThat(summary.byFactKind().get(FactKind.AMOUNT)).isEqualTo(new Recall(1, 49));
        assertThat(summary.byFactKind().get(FactKind.SHARE)).isEqualTo(new Recall(0, 13));
        assertThat(summary.byTable().get(3)).isEqualTo(new Recall(1, 48));
        assertThat(summary.tables()).isEqualTo(new Recall(1, 254));
        assertThat(summary.narrative()).isEqualTo(new Recall(1, 86));
        assertThat(summary.caughtByRule()).isEqualTo(Map.of("TEST-002", 2));
    }

    @Test
    void theSummaryTableShowsEveryCategoryPerDocument() {
        MutationSummary summary = MutationSummary.of(List.of(
                run(Perturbation.TRANSPOSE_DIGITS, new TinyRules.ExpenditureTotalRule())));
        String table = summary.render();

        assertThat(table).startsWith("| 类别 category | 000 | 合计 all |\n|---|---|---|\n");
        assertThat(table).contains("| 表3 | 100.0% (48/48) | 100.0% (48/48) |\n");
        assertThat(table).contains("| 表5 | 0.0% (0/38) | 0.0% (0/38) |\n");
        assertThat(table).contains("| 说明 CHANGE_RATE | 0.0% (0/3) | 0.0% (0/3) |\n");
        assertThat(table).contains("| **表格金额 tables** | 18.8% (48/254) | 18.8% (48/254) |\n");
        assertThat(table).contains("| **说明数字 narrative** | 0.0% (0/86) | 0.0% (0/86) |\n");
    }

    @Test
    void anEmptyCatalogueCatchesNothing() {
        MutationRun run = run(Perturbation.PLUS_TEN_PERCENT);

        assertThat(run.survivors()).hasSize(340);
        assertThat(run.recall(Mutant.Part.TABLE).meets(java.math.BigDecimal.valueOf(95))).isFalse();
    }
}
