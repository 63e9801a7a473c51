package io.gongkai.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The narrative category as a whole: its catalogue, what it reports on the documents we have, that it does not
 * misfire when a table is missing, and how many changed narrative figures it catches (a ratchet: raise the bar when
 * the rules get better).
 */
class NarrativeRulesTest {

    /** Share of single changed narrative figures (up or down by 10%, at least one unit) the category catches. */
    private static final double CAUGHT_AT_LEAST = 0.90;

    private final Checker checker = new Checker(NarrativeRules.all(), CheckConfig.DEFAULT);

    @Test
    void theCatalogueIsNarr001ToNarr030InOrder() {
        List<String> ids = NarrativeRules.all().stream().map(r -> r.doc().id()).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            expected.add(String.format("NARR-%03d", i));
        }
        assertThat(ids).isEqualTo(expected);
        assertThat(NarrativeRules.all()).allSatisfy(r ->
                assertThat(r.doc().category()).isEqualTo(Category.NARRATIVE));
    }

    @Test
    void fixtureAAndTheSeedsHaveNoNarrativeProblems() {
        for (Report report : List.of(TestReports.fixtureA(), TestReports.seed000(), TestReports.seed001(),
                TestReports.seed004())) {
            CheckResult result = checker.check(report);
            assertThat(result.findings()).as(report.unit().name())
                    .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        }
        // The only remarks: two published rounding differences of seed 004, the misnamed class of seed 001.
        assertThat(checker.check(TestReports.seed004()).findings()).extracting(Finding::rule)
                .containsExactlyInAnyOrder("NARR-004", "NARR-008");
        assertThat(checker.check(TestReports.seed001()).findings()).extracting(Finding::rule)
                .containsExactly("NARR-028");
        assertThat(checker.check(TestReports.seed000()).findings()).isEmpty();
        assertThat(checker.check(TestReports.fixtureA()).findings()).isEmpty();
    }

    @Test
    void fixtureBsThreePublicDefectIsFoundAndNothingElse() {
        List<Finding> findings = checker.check(TestReports.fixtureB()).findings();
        assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder("NARR-017", "NARR-018");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.actual()).isEqualTo("1.80");
            assertThat(f.expected()).isEqualTo("0.80");
        });
    }

    @Test
    void aMissingTableMakesNoNewProblemAndNoRuleFails() {
        for (Report report : Narratives.all()) {
            Set<String> before = problems(checker.check(report));
            for (DisclosureTable table : report.tables()) {
                CheckResult result = checker.check(ReportEdits.withoutTable(report, table.type()));
                assertThat(result.findings()).as("rule failures without table %d", table.number())
                        .noneMatch(f -> f.message().contains("规则执行出错"));
                assertThat(before).as("%s without table %d", report.unit().name(), table.number())
                        .containsAll(problems(result));
            }
            CheckResult bare = checker.check(report.withTables(List.of()));
            assertThat(before).as("%s without tables", report.unit().name()).containsAll(problems(bare));
        }
    }

    @Test
    void oddNarrativesDoNotMakeARuleFail() {
        Report seed = TestReports.seed000();
        List<NarrativeFact> odd = new ArrayList<>();
        for (NarrativeFact f : seed.narrative().facts()) {
            odd.add(new NarrativeFact(f.section(), f.kind(), "", f.value(), null, null));
            odd.add(new NarrativeFact("", f.kind(), f.subject(), f.value(), f.unit(), null));
            odd.add(new NarrativeFact(f.section(), f.kind(), f.subject(), null, f.unit(), null));
        }
        Report report = seed.withNarrative(new Narrative(List.of(), odd));
        assertThat(checker.check(report).findings()).noneMatch(f -> f.message().contains("规则执行出错"));
    }

    @Test
    void changedNarrativeFiguresAreCaught() {
        int changed = 0;
        int caught = 0;
        for (Report report : Narratives.all()) {
            Set<String> before = problems(checker.check(report));
            List<NarrativeFact> facts = report.narrative().facts();
            for (int i = 0; i < facts.size(); i++) {
                for (boolean up : new boolean[] {true, false}) {
                    NarrativeFact fact = facts.get(i);
                    if (fact.value() == null || !up && fact.value().signum() == 0) {
                        continue;
                    }
                    changed++;
                    Set<String> after = problems(checker.check(withChanged(report, i, up)));
                    after.removeAll(before);
                    caught += after.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat((double) caught / changed).as("caught %d of %d", caught, changed)
                .isGreaterThanOrEqualTo(CAUGHT_AT_LEAST);
    }

    private static Report withChanged(Report report, int index, boolean up) {
        List<NarrativeFact> facts = new ArrayList<>(report.narrative().facts());
        NarrativeFact fact = facts.get(index);
        BigDecimal v = fact.value();
        BigDecimal delta = v.abs().multiply(new BigDecimal("0.1")).max(BigDecimal.ONE);
        BigDecimal changed = (up ? v.add(delta) : v.subtract(delta)).setScale(Math.max(v.scale(), 0),
                RoundingMode.HALF_UP);
        facts.set(index, fact.withValue(changed));
        return report.withNarrative(new Narrative(report.narrative().sections(), facts));
    }

    private static Set<String> problems(CheckResult result) {
        return result.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.rule() + "|" + f.message()).collect(Collectors.toCollection(HashSet::new));
    }
}
