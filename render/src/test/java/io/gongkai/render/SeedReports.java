package io.gongkai.render;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The seed disclosures read with the real text reader, once per test run. */
public final class SeedReports {

    public static final String SEED_000 = "000_c275e096c8611f2e.txt";
    public static final String SEED_001 = "001_2dc8c89a6b4bfa48.txt";
    /** Final accounts (部门决算). */
    public static final String SEED_003 = "003_fb039c7f287ddd42.txt";
    public static final String SEED_004 = "004_741ea1e83a699561.txt";

    private static final Map<String, Report> READ = new ConcurrentHashMap<>();

    private SeedReports() {
    }

    public static Report read(String name) {
        return READ.computeIfAbsent(name, n -> {
            try (InputStream in = SeedReports.class.getResourceAsStream("/seeds/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("seed missing from test resources: " + n);
                }
                return Reports.text().read(n, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (UnreadableInputException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }
}
