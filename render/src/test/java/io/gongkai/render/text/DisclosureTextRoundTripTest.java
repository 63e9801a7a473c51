package io.gongkai.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.author.BudgetExamples;
import io.gongkai.author.derive.ReportAuthor;
import io.gongkai.author.synthetic.SyntheticBudgets;
import io.gongkai.ingest.Reports;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Derive → write as disclosure text → read with the text reader: the same tables, summary and goals. */
class DisclosureTextRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theExampleReadsBackTheSame() throws Exception {
        Report derived = new ReportAuthor().derive(BudgetExamples.countyAgriculture());
        Report read = roundTrip(derived, dir);

        assertSameTables(derived, read);
        assertThat(read.summary()).isEqualTo(derived.summary());
        assertThat(read.unit().name()).isEqualTo(derived.unit().name());
        assertThat(read.performanceGoals()).hasSameSizeAs(derived.performanceGoals());
        for (int i = 0; i < derived.performanceGoals().size(); i++) {
            assertThat(read.performanceGoals().get(i).projectName())
                    .isEqualTo(derived.performanceGoals().get(i).projectName());
            assertThat(read.performanceGoals().get(i).annualFunds().total())
                    .isEqualByComparingTo(derived.performanceGoals().get(i).annualFunds().total());
        }
        assertThat(read.narrative().sections()).hasSameSizeAs(derived.narrative().sections());
        assertThat(facts(read)).containsExactlyElementsOf(facts(derived));
        assertThat(read.assets()).usingRecursiveComparison().ignoringFields("source").isEqualTo(derived.assets());
        assertThat(read.procurement()).usingRecursiveComparison().ignoringFields("source")
                .isEqualTo(derived.procurement());
    }

    private static List<String> facts(Report report) {
        return report.narrative().facts().stream().map(f -> f.section() + " " + f.kind() + " " + f.subject() + " "
                + f.value().toPlainString() + f.unit()).toList();
    }

    @Property(tries = 25, seed = "20261122") // fixed: the build gives the same verdict on every run
    void randomBudgetsReadBackTheSame(@ForAll long seed) throws Exception {
        Report derived = new ReportAuthor().deriveValid(new SyntheticBudgets(2024).generate(2024, seed));
        Path scratch = Files.createTempDirectory("gongkai-roundtrip");
        try {
            Report read = roundTrip(derived, scratch);
            assertSameTables(derived, read);
            assertThat(read.summary()).as("seed %d", seed).isEqualTo(derived.summary());
        } finally {
            try (var files = Files.list(scratch)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(scratch);
        }
    }

    static Report roundTrip(Report derived, Path dir) throws Exception {
        StringBuilder text = new StringBuilder();
        new DisclosureTextWriter(text).write(derived);
        Path file = dir.resolve("derived.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Reports.read(file);
    }

    static void assertSameTables(Report derived, Report read) {
        assertThat(read.tables()).extracting(DisclosureTable::number)
                .containsExactlyElementsOf(derived.tables().stream().map(DisclosureTable::number).toList());
        for (DisclosureTable table : derived.tables()) {
            DisclosureTable other = read.table(table.type()).orElseThrow();
            assertThat(other.empty()).as("table %d empty", table.number()).isEqualTo(table.empty());
            assertThat(rows(other)).as("table %d", table.number()).containsExactlyElementsOf(rows(table));
        }
    }

    private static List<String> rows(DisclosureTable table) {
        return table.rows().stream().map(DisclosureTextRoundTripTest::describe).toList();
    }

    private static String describe(TableRow r) {
        return r.side() + "|" + r.code() + "|" + r.name() + "|" + r.altName() + "|" + r.level() + "|" + r.key()
                + "|" + r.amounts();
    }
}
