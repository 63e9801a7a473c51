package io.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Submit, return, justify, approve, publish, correct: on H2 and PostgreSQL. */
class PublishingTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aReportGoesFromDraftToPublishedOnlyWithItsErrorsJustified(String database) throws Exception {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);
        Publishing publishing = new Publishing(dataSource, store, Clock.systemUTC());
        StoredReport report = store.importFile(new ImportRequest("000.txt", Seeds.bytes(Seeds.SEED_000), "屯留区",
                "ed", null)).report();
        long id = report.id();
        assertThat(report.status()).isEqualTo("DRAFT");
        assertThat(report.errors()).isPositive();

        assertThatThrownBy(() -> publishing.approve(id, "bureau")).isInstanceOf(WorkflowException.class);
        publishing.submit(id, "ed");
        assertThatThrownBy(() -> publishing.giveBack(id, "bureau", " ")).hasMessageContaining("理由");
        publishing.giveBack(id, "bureau", "请说明绩效目标表的数量");
        publishing.submit(id, "ed");
        assertThatThrownBy(() -> publishing.approve(id, "bureau")).isInstanceOf(WorkflowException.class)
                .hasMessageContaining(report.errors() + " 个错误级问题");

        for (Integer ordinal : publishing.unjustifiedErrors(id)) {
            publishing.justify(id, ordinal, "ed", "另见附件说明");
        }
        publishing.approve(id, "bureau");
        assertThatThrownBy(() -> publishing.publish(id, "bureau", LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 1, 1), null)).hasMessageContaining("公开日期");
        publishing.publish(id, "bureau", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 28), null);

        StoredReport published = store.find(id).orElseThrow();
        assertThat(published.status()).isEqualTo("PUBLISHED");
        assertThat(published.approvedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(publishing.steps(id)).extracting(Publishing.Step::action)
                .containsExactly("SUBMIT", "RETURN", "SUBMIT", "APPROVE", "PUBLISH");
        // Published is final: no step, no justification changes it.
        assertThatThrownBy(() -> publishing.submit(id, "ed")).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> publishing.justify(id, 0, "ed", "改")).isInstanceOf(WorkflowException.class);

        List<Publishing.PortalLine> portal = publishing.portal("屯留区", 2024, "BUDGET");
        assertThat(portal).hasSize(1);
        // 27 days from 批复 (2024-02-01) to 公开 (2024-02-28): more than 20, so late.
        assertThat(portal.get(0).publication().daysToPublish()).isEqualTo(27);
        assertThat(portal.get(0).publication().late()).isTrue();

        // A correction is a new version; publishing it needs its reason, and the portal then shows it.
        byte[] corrected = (new String(Seeds.bytes(Seeds.SEED_000), StandardCharsets.UTF_8) + "\n更正\n")
                .getBytes(StandardCharsets.UTF_8);
        long v2 = store.importFile(new ImportRequest("000-v2.txt", corrected, "屯留区", "ed", null)).report().id();
        publishing.submit(v2, "ed");
        for (Integer ordinal : publishing.unjustifiedErrors(v2)) {
            publishing.justify(v2, ordinal, "ed", "同上");
        }
        publishing.approve(v2, "bureau");
        assertThatThrownBy(() -> publishing.publish(v2, "bureau", LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 5), "")).hasMessageContaining("更正");
        publishing.publish(v2, "bureau", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5), "更正第三部分的错字");
        Publishing.Publication latest = publishing.portal("屯留区", 2024, "BUDGET").get(0).publication();
        assertThat(latest.report().id()).isEqualTo(v2);
        assertThat(latest.late()).isFalse();
        assertThat(latest.correctionReason()).isEqualTo("更正第三部分的错字");
        assertThat(store.find(id).orElseThrow().status()).isEqualTo("PUBLISHED");
        assertThat(publishing.latestPublications(10)).extracting(p -> p.report().id()).containsExactly(v2, id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aUnitThatHasNotPublishedIsListedWithoutAPublication(String database) throws Exception {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);
        store.importFile(new ImportRequest("004.txt", Seeds.bytes(Seeds.SEED_004), "屯留区", "ed", null));

        List<Publishing.PortalLine> portal = new Publishing(dataSource, store, Clock.systemUTC())
                .portal("屯留区", 2024, "BUDGET");

        assertThat(portal).hasSize(1);
        assertThat(portal.get(0).publication()).isNull();
    }
}
