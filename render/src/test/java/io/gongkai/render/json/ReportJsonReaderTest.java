package io.gongkai.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Report;
import io.gongkai.model.SourceRef;
import io.gongkai.render.SeedReports;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Report → canonical JSON → Report, for the four seeds read by the real text reader. */
class ReportJsonReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {SeedReports.SEED_000, SeedReports.SEED_001, SeedReports.SEED_003,
        SeedReports.SEED_004})
    void readsBackTheReportThatWasWritten(String seed) throws Exception {
        Report original = SeedReports.read(seed);
        ObjectNode written = ReportJsonWriter.withProvenance().toTree(original);

        Report read = ReportJsonReader.read(written.toString());

        // Every component the format holds comes back equal as a record (amounts with their scale, sources).
        assertThat(read.kind()).isEqualTo(original.kind());
        assertThat(read.year()).isEqualTo(original.year());
        assertThat(read.unit()).isEqualTo(original.unit());
        assertThat(read.overview()).isEqualTo(original.overview());
        assertThat(read.tables()).isEqualTo(original.tables());
        assertThat(read.narrative().sections()).isEqualTo(original.narrative().sections());
        assertThat(read.narrative().facts()).isEqualTo(original.narrative().facts());
        assertThat(read.projects()).isEqualTo(original.projects());
        assertThat(read.performanceGoals()).isEqualTo(original.performanceGoals());
        assertThat(read.selfEvaluations()).isEqualTo(original.selfEvaluations());
        assertThat(read.assets()).isEqualTo(original.assets());
        assertThat(read.procurement()).isEqualTo(original.procurement());
        assertThat(read.glossary()).isEqualTo(original.glossary());
        assertThat(read.summary()).isEqualTo(original.summary());
        assertThat(read.issues()).extracting(IngestIssue::message)
                .containsExactlyElementsOf(original.issues().stream().map(IngestIssue::message).toList());
        assertThat(read.issues()).extracting(i -> i.where().location())
                .containsExactlyElementsOf(original.issues().stream().map(i -> i.where().location()).toList());
        // And the document written again is the same document, field for field.
        assertThat(ReportJsonWriter.withProvenance().toTree(read)).isEqualTo(written);
    }

    @Test
    void finalAccountsStatementsComeBack() throws Exception {
        Report original = SeedReports.read(SeedReports.SEED_003);

        Report read = ReportJsonReader.read(ReportJsonWriter.withProvenance().toTree(original).toString());

        assertThat(original.narrative().finalAccounts().classes()).isNotEmpty();
        assertThat(read.narrative().finalAccounts().classes())
                .isEqualTo(original.narrative().finalAccounts().classes());
        assertThat(read.narrative().finalAccounts().procurement())
                .isEqualTo(original.narrative().finalAccounts().procurement());
        assertThat(read.narrative().finalAccounts().selfEvaluationSummaries())
                .isEqualTo(original.narrative().finalAccounts().selfEvaluationSummaries());
        assertThat(read.narrative().finalAccounts().threePublic().total().actual())
                .isEqualTo(original.narrative().finalAccounts().threePublic().total().actual());
    }

    @Test
    void keepsTheScaleOfAmountsAndRefusesADocumentWithoutKind() throws Exception {
        Report read = ReportJsonReader.read("{\"kind\":\"BUDGET\",\"year\":2024,\"unit\":{\"name\":\"某单位\"},"
                + "\"projects\":[{\"name\":\"甲\",\"funding\":\"CURRENT_YEAR\",\"total\":\"12.50\","
                + "\"source\":{\"file\":\"a.txt\",\"page\":0,\"line\":7,\"raw\":\"甲 12.50\"}}]}");

        assertThat(read.projects().get(0).total()).isEqualTo(new BigDecimal("12.50"));
        assertThat(read.projects().get(0).source()).isEqualTo(new SourceRef("a.txt", 0, 7, "甲 12.50"));
        assertThatThrownBy(() -> ReportJsonReader.read("{\"year\":2024,\"unit\":{}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
    }
}
