package io.gongkai.ingest.goals;

import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.layout.LayoutAnalyzer;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.TextLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads the seed disclosures from the classpath and cuts out their goal parts. */
final class GoalSeeds {

    static final String SEED_000 = "000_c275e096c8611f2e";
    static final String SEED_001 = "001_2dc8c89a6b4bfa48";
    static final String SEED_003 = "003_fb039c7f287ddd42";
    static final String SEED_004 = "004_741ea1e83a699561";

    private GoalSeeds() {
    }

    /** The goal part of a seed, as the layout stage finds it. */
    static List<SourceLine> goalLines(String seed) {
        try {
            List<SourceLine> lines = TextLoader.load(seed + ".txt", bytes("/seeds/" + seed + ".txt"));
            return new LayoutAnalyzer(TableTitles.budget()).analyze(lines).goals();
        } catch (io.gongkai.ingest.UnreadableInputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A classpath resource's bytes. */
    static byte[] bytes(String resource) {
        try (InputStream in = GoalSeeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
