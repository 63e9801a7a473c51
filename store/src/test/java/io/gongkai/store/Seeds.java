package io.gongkai.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The seed disclosures from the classpath (copied from ingest's test resources). */
final class Seeds {

    static final String SEED_000 = "000_c275e096c8611f2e.txt";
    static final String SEED_001 = "001_2dc8c89a6b4bfa48.txt";
    static final String SEED_004 = "004_741ea1e83a699561.txt";

    private Seeds() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed not on the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
