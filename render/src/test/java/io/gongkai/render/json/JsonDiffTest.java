package io.gongkai.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The golden comparison itself must catch differences, or the golden tests prove nothing. */
class JsonDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reportsAChangedAmount() throws Exception {
        assertThat(JsonDiff.diff(JSON.readTree("{\"amounts\":{\"total\":\"847.18\"}}"),
                JSON.readTree("{\"amounts\":{\"total\":\"847.19\"}}")))
                .containsExactly("$.amounts.total: expected \"847.18\" but was \"847.19\"");
    }

    @Test
    void reportsMissingAndExtraRows() throws Exception {
        assertThat(JsonDiff.diff(JSON.readTree("{\"rows\":[1,2]}"), JSON.readTree("{\"rows\":[1]}")))
                .containsExactly("$.rows: expected 2 elements but was 1");
        assertThat(JsonDiff.diff(JSON.readTree("{}"), JSON.readTree("{\"key\":\"total\"}"))).hasSize(1);
    }

    @Test
    void ignoresProvenanceWhitespaceAndDecimalScale() throws Exception {
        assertThat(JsonDiff.diff(
                JSON.readTree("{\"value\":\"572\",\"name\":\"商务执法\",\"code\":null}"),
                JSON.readTree("{\"value\":\"572.00\",\"name\":\"商务 执法\",\"source\":{\"line\":3}}")))
                .isEmpty();
    }

    @Test
    void factSubjectMustContainTheGoldenPhrase() throws Exception {
        String golden = "{\"narrative\":{\"facts\":[{\"subject\":\"本年收入\"}]}}";
        assertThat(JsonDiff.diff(JSON.readTree(golden),
                JSON.readTree("{\"narrative\":{\"facts\":[{\"subject\":\"其中本年收入\"}]}}"))).isEmpty();
        assertThat(JsonDiff.diff(JSON.readTree(golden),
                JSON.readTree("{\"narrative\":{\"facts\":[{\"subject\":\"上年结转\"}]}}"))).hasSize(1);
    }
}
