package io.gongkai.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The seed disclosures and the budget/final-accounts pair fixture from the classpath (ingest's test resources). */
final class Seeds {

    static final String SEED_000 = "000_c275e096c8611f2e.txt";
    static final String SEED_001 = "001_2dc8c89a6b4bfa48.txt";
    static final String SEED_003 = "003_fb039c7f287ddd42.txt";
    static final String SEED_004 = "004_741ea1e83a699561.txt";

    /** The pair fixture (ingest fixtures/pair, see its README): 青川县自然资源局's 2022 budget and final accounts. */
    static final String PAIR_BUDGET = "qingchuan-2022-budget.txt";
    static final String PAIR_FINAL = "qingchuan-2022-final.txt";
    static final String PAIR_FINAL_PLANTED = "qingchuan-2022-final-planted.txt";

    private Seeds() {
    }

    static byte[] bytes(String name) {
        return resource("/seeds/" + name);
    }

    static byte[] pair(String name) {
        return resource("/pair/" + name);
    }

    private static byte[] resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
