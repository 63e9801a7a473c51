package io.gongkai.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed disclosures on the test class path. */
final class Seeds {

    static final String S000 = "000_c275e096c8611f2e.txt";
    static final String S001 = "001_2dc8c89a6b4bfa48.txt";
    static final String S004 = "004_741ea1e83a699561.txt";

    private Seeds() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed missing from the test class path: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, bytes(name));
    }
}
