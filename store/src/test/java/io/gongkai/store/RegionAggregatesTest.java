package io.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Regional sums and rankings, comparisons by 类, and the editor's unit guard (H2). */
class RegionAggregatesTest {

    @Test
    void aRegionSumsItsUnitsLatestVersions() throws Exception {
        DataSource dataSource = Databases.h2();
        ReportStore store = new ReportStore(dataSource);
        StoredReport a = store.importFile(new ImportRequest("a.txt", Seeds.bytes(Seeds.SEED_000), "测试区", "u",
                null)).report();
        StoredReport b = store.importFile(new ImportRequest("b.txt", Seeds.bytes(Seeds.SEED_004), "测试区", "u",
                null)).report();
        // A second version of a's report must replace, not add to, the first in the sums.
        byte[] revised = (new String(Seeds.bytes(Seeds.SEED_000), StandardCharsets.UTF_8) + "\n更正\n")
                .getBytes(StandardCharsets.UTF_8);
        store.importFile(new ImportRequest("a2.txt", revised, "测试区", "u", null));
        RegionAggregates aggregates = new RegionAggregates(dataSource);

        RegionAggregates.RegionSummary summary = aggregates.summarize("测试区", 2024, "BUDGET");

        assertThat(summary.units()).hasSize(2);
        assertThat(summary.totals().get("expenditureTotal")).isEqualByComparingTo(
                a.figures().expenditureTotal().add(b.figures().expenditureTotal()));
        assertThat(summary.totals().get("threePublicTotal")).isEqualByComparingTo(
                a.figures().threePublicTotal().add(b.figures().threePublicTotal()));
        // Ranked by ERROR findings, most first.
        assertThat(summary.units().get(0).report().errors())
                .isGreaterThanOrEqualTo(summary.units().get(1).report().errors());
        assertThat(summary.units()).allSatisfy(u -> assertThat(u.completeness()).isEqualTo(100));
        // Seed 000's table 3 prints 216 商业服务业等支出 1478.65 (DOMAIN.md); the class sum includes it.
        RegionAggregates.ClassTotal commerce = summary.classes().stream().filter(c -> c.code().equals("216"))
                .findFirst().orElseThrow();
        BigDecimal commerceOf000 = aggregates.classTotals(a.id()).get("216");
        assertThat(commerceOf000).isEqualByComparingTo("1478.65");
        assertThat(commerce.total()).isEqualByComparingTo(commerceOf000.add(
                aggregates.classTotals(b.id()).getOrDefault("216", BigDecimal.ZERO)));
        BigDecimal classesSum = summary.classes().stream().map(RegionAggregates.ClassTotal::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // Table 3's 类 rows add up to its 合计 within rounding (a cent per class at most).
        assertThat(classesSum.subtract(summary.totals().get("expenditureTotal")).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.10"));
        assertThat(aggregates.summarize("别的区", 2024, "BUDGET").units()).isEmpty();
    }

    @Test
    void finalAccountsAreCompleteAgainstTheirTenStandardTables() throws Exception {
        DataSource dataSource = Databases.h2();
        ReportStore store = new ReportStore(dataSource);
        // Seed 003 prints all of 公开01-10 (2023); the pair fixture's final accounts prints 公开01-09 (2022).
        store.importFile(new ImportRequest("003.txt", Seeds.bytes(Seeds.SEED_003), "测试区", "u", null));
        store.importFile(new ImportRequest("final.txt", Seeds.pair(Seeds.PAIR_FINAL), "测试区", "u", null));
        RegionAggregates aggregates = new RegionAggregates(dataSource);

        RegionAggregates.RegionSummary all = aggregates.summarize("测试区", 2023, "FINAL_ACCOUNTS");
        RegionAggregates.RegionSummary nine = aggregates.summarize("测试区", 2022, "FINAL_ACCOUNTS");

        assertThat(all.standardTableCount()).isEqualTo(10);
        assertThat(all.units()).singleElement().satisfies(u -> {
            assertThat(u.report().tableCount()).isEqualTo(10);
            assertThat(u.completeness()).isEqualTo(100);
        });
        assertThat(nine.units()).singleElement().satisfies(u -> {
            assertThat(u.report().tableCount()).isEqualTo(9);
            assertThat(u.completeness()).isEqualTo(90);
        });
        assertThat(aggregates.summarize("测试区", 2023, "BUDGET").standardTableCount()).isEqualTo(13);
    }

    @Test
    void anEditorMayChangeOnlyTheirUnitsAndIsGrantedTheUnitsTheyCreate() throws Exception {
        DataSource dataSource = Databases.h2();
        ReportStore store = new ReportStore(dataSource);
        UserAccounts accounts = new UserAccounts(dataSource);
        accounts.save("ed", "{noop}x", UserAccounts.Role.EDITOR, "编辑");
        store.importFile(ImportRequest.of("000.txt", Seeds.bytes(Seeds.SEED_000), "admin"));

        assertThatThrownBy(() -> store.importFile(new ImportRequest("mine.txt", revisedSeed(), null, "ed",
                Set.of()))).isInstanceOf(ImportRefusedException.class).hasMessageContaining("无权");
        assertThat(ReportStoreTest.counts(dataSource).get("reports")).isEqualTo(1);

        StoredReport created = store.importFile(new ImportRequest("004.txt", Seeds.bytes(Seeds.SEED_004), null,
                "ed", Set.of())).report();
        assertThat(accounts.units("ed")).containsExactly(created.unit().id());
    }

    private static byte[] revisedSeed() {
        return (new String(Seeds.bytes(Seeds.SEED_000), StandardCharsets.UTF_8) + "\n编辑\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
