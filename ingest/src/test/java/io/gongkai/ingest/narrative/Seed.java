package io.gongkai.ingest.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.layout.DocumentParts;
import io.gongkai.ingest.layout.LayoutAnalyzer;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.TextLoader;
import io.gongkai.model.IngestIssue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** A seed or fixture disclosure from the classpath, cut into parts, with its hand-written golden extraction. */
record Seed(String name, DocumentParts parts, JsonNode golden) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The budget seeds with a hand-written golden: 000, 001 and 004. */
    static List<String> budgetSeeds() {
        return List.of("000_c275e096c8611f2e", "001_2dc8c89a6b4bfa48", "004_741ea1e83a699561");
    }

    static Seed load(String name) {
        return load("/seeds/", name);
    }

    private static Seed load(String folder, String name) {
        try {
            List<SourceLine> lines = TextLoader.load(name + ".txt", bytes(folder + name + ".txt"));
            DocumentParts parts = new LayoutAnalyzer(TableTitles.budget()).analyze(lines);
            InputStream golden = Seed.class.getResourceAsStream("/golden/" + name + ".json");
            JsonNode json = golden == null ? null : JSON.readTree(golden);
            return new Seed(name, parts, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load seed " + name, e);
        }
    }

    /** An invented fixture in another province's layout (fixtures/README.md), with its golden. */
    static Seed fixture(String name) {
        return load("/fixtures/", name);
    }

    /** The unit's name as the golden file gives it, for dropping it from fact subjects. */
    String unitName() {
        return golden == null ? "" : golden.path("unit").path("name").asText("");
    }

    static List<SourceLine> lines(String text) {
        return TextLoader.lines("test.txt", text);
    }

    /** The narrative part read as the text reader reads it, with the unit's name from the golden. */
    NarrativeReading narrative(List<IngestIssue> issues) {
        return new NarrativeParser().read(parts.narrative(), unitName(), issues);
    }

    /** A hand-written narrative of the unit 某局 read as the text reader reads it. */
    static NarrativeReading narrative(String text, List<IngestIssue> issues) {
        return new NarrativeParser().read(lines(text), "某局", issues);
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = Seed.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return in.readAllBytes();
        }
    }
}
