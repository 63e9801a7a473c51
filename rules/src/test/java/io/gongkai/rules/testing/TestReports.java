package io.gongkai.rules.testing;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents rules are tested on, read once through the real text reader: the seeds (with the defects
 * DOMAIN.md lists) and the fixtures (fixture A is defect-free; fixture B has one documented narrative defect).
 */
public final class TestReports {

    public static final String SEED_000 = "seeds/000_c275e096c8611f2e";
    public static final String SEED_001 = "seeds/001_2dc8c89a6b4bfa48";
    public static final String SEED_003 = "seeds/003_fb039c7f287ddd42";
    public static final String SEED_004 = "seeds/004_741ea1e83a699561";
    public static final String FIXTURE_A = "fixtures/fixture-a-9tables";
    public static final String FIXTURE_B = "fixtures/fixture-b-8tables";
    public static final String FIXTURE_C = "fixtures/fixture-c-final-9tables";

    private static final Map<String, Report> CACHE = new ConcurrentHashMap<>();

    private TestReports() {
    }

    public static Report seed000() {
        return load(SEED_000);
    }

    public static Report seed001() {
        return load(SEED_001);
    }

    /** Final accounts (决算) of 2023 with six self-evaluation tables. */
    public static Report seed003() {
        return load(SEED_003);
    }

    public static Report seed004() {
        return load(SEED_004);
    }

    /** 南岭县农业农村局, 9-table layout, consistent to the cent. */
    public static Report fixtureA() {
        return load(FIXTURE_A);
    }

    /** 滨江市图书馆, 8-table layout; its narrative 三公 total is 1.00 more than table 10's. */
    public static Report fixtureB() {
        return load(FIXTURE_B);
    }

    /** Final accounts in a nine-table layout (公开01–09, no 行次, no 相关信息统计表). */
    public static Report fixtureC() {
        return load(FIXTURE_C);
    }

    /** Reads a document under the test resources, such as {@code seeds/000_c275e096c8611f2e}. */
    public static Report load(String document) {
        return CACHE.computeIfAbsent(document, TestReports::read);
    }

    private static Report read(String document) {
        try (InputStream in = TestReports.class.getResourceAsStream("/" + document + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no test document " + document);
            }
            String name = document.substring(document.indexOf('/') + 1) + ".txt";
            return Reports.text().read(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
