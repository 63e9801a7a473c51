package io.gongkai.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.ingest.Reports;
import io.gongkai.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads each sample and fixture and compares the whole report with its golden file, written by hand from the
 * document: every table row, narrative fact, goal indicator and key figure.
 */
class GoldenExtractionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "seeds/000_c275e096c8611f2e",
        "seeds/001_2dc8c89a6b4bfa48",
        "seeds/003_fb039c7f287ddd42",
        "seeds/004_741ea1e83a699561",
        "fixtures/fixture-a-9tables",
        "fixtures/fixture-b-8tables",
        "fixtures/fixture-c-final-9tables"})
    void extractionEqualsGolden(String document) throws Exception {
        String name = document.substring(document.indexOf('/') + 1);
        Report report = Reports.text().read(name + ".txt", resource("/" + document + ".txt"));
        JsonNode actual = ReportJsonWriter.withoutProvenance().toTree(report);
        JsonNode expected = JSON.readTree(resource("/golden/" + name + ".json"));

        List<String> differences = JsonDiff.diff(expected, actual);

        assertThat(differences)
                .as("differences from the golden file of %s:%n%s", name,
                        differences.stream().limit(60).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = GoldenExtractionTest.class.getResourceAsStream(path)) {
            assertThat(in).as("test resource %s", path).isNotNull();
            return in.readAllBytes();
        }
    }
}
