package io.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gongkai.rules.Finding;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pairing stored budgets with stored final accounts, and their linkage findings, on both real databases, with the
 * pair fixture (ingest fixtures/pair; the figures below are its README's).
 */
class ReportPairsTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void pairsABudgetWithTheLatestFinalAccountsOfItsUnitAndYear(String database) throws Exception {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);
        ReportPairs pairs = new ReportPairs(dataSource, store);

        StoredReport budget = store.importFile(request(Seeds.PAIR_BUDGET)).report();
        assertThat(pairs.pairOf(budget)).as("only the budget is stored").isEmpty();

        StoredReport clean = store.importFile(request(Seeds.PAIR_FINAL)).report();
        ReportPairs.StoredPair pair = pairs.pairOf(budget).orElseThrow();
        assertThat(pair.budget().id()).isEqualTo(budget.id());
        assertThat(pair.finalAccounts().id()).isEqualTo(clean.id());
        assertThat(pairs.pairOf(clean).orElseThrow().budget().id()).isEqualTo(budget.id());
        assertThat(pair.other(budget.id()).id()).isEqualTo(clean.id());
        assertThat(pair.other(clean.id()).id()).isEqualTo(budget.id());
        // The README: 年初预算 500.00 = table 5's 合计, 三公 预算数 = table 10, both self-evaluations = table 12.
        assertThat(pairs.findings(pair)).as("the clean pair agrees").isEmpty();

        ImportResult planted = store.importFile(request(Seeds.PAIR_FINAL_PLANTED));
        assertThat(planted.outcome()).isEqualTo(ImportResult.Outcome.NEW_VERSION);
        ReportPairs.StoredPair replaced = pairs.pairOf(budget).orElseThrow();
        assertThat(replaced.finalAccounts().id()).as("the new version replaces the old one in the pair")
                .isEqualTo(planted.report().id());
        assertThat(pairs.pairOf(clean).orElseThrow().budget().id()).as("an old version still has its budget")
                .isEqualTo(budget.id());

        // The five planted disagreements of the README (expected = budget, actual = final accounts).
        assertThat(pairs.findings(replaced))
                .extracting(Finding::rule, Finding::expected, Finding::actual)
                .contains(tuple("LINK-001", "500.00", "510.00"),
                        tuple("LINK-002", "2.00", "2.50"),
                        tuple("LINK-002", "5.00", "5.50"),
                        tuple("LINK-004", "40.00", "35.00"));
        assertThat(pairs.findings(replaced)).extracting(Finding::rule)
                .containsExactlyInAnyOrder("LINK-001", "LINK-002", "LINK-002", "LINK-003", "LINK-004", "LINK-005");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void leavesOtherUnitsAndYearsUnpaired(String database) throws Exception {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);
        ReportPairs pairs = new ReportPairs(dataSource, store);

        StoredReport otherUnit = store.importFile(request(Seeds.SEED_000)).report();
        StoredReport finalAccounts = store.importFile(request(Seeds.PAIR_FINAL)).report();

        // Seed 000 is 长治市屯留区商务发展中心's 2024 budget: another unit and another year.
        assertThat(otherUnit.kind()).isEqualTo("BUDGET");
        assertThat(pairs.pairOf(otherUnit)).isEmpty();
        assertThat(pairs.pairOf(finalAccounts)).isEmpty();
    }

    private static ImportRequest request(String name) {
        byte[] content = name.startsWith("qingchuan") ? Seeds.pair(name) : Seeds.bytes(name);
        return ImportRequest.of(name, content, "ann");
    }
}
