package io.gongkai.catalog.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The four seed disclosures, loaded from the test classpath as extracted text lines. */
final class SeedText {
    /** 屯留区商务发展中心 2024 budget (事业单位). */
    static final String COMMERCE_CENTRE = "000_c275e096c8611f2e.txt";
    /** 忻州市商务局 2024 budget (行政单位 with attached 事业单位). */
    static final String XINZHOU_COMMERCE = "001_2dc8c89a6b4bfa48.txt";
    /** 屯留区人民政府办公室 2023 final accounts. */
    static final String GOVERNMENT_OFFICE = "003_fb039c7f287ddd42.txt";
    /** 屯留区人大常委会 2024 budget. */
    static final String PEOPLES_CONGRESS = "004_741ea1e83a699561.txt";

    static final List<String> ALL = List.of(COMMERCE_CENTRE, XINZHOU_COMMERCE, GOVERNMENT_OFFICE,
            PEOPLES_CONGRESS);

    private SeedText() {
    }

    static List<String> lines(String seed) {
        String resource = "/seeds/" + seed;
        try (InputStream in = SeedText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("seed " + resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A string printed twice by the PDF's bold rendering, once: 合计合计 → 合计. */
    static String undouble(String s) {
        int half = s.length() / 2;
        return s.length() % 2 == 0 && half > 0 && s.substring(0, half).equals(s.substring(half))
                ? s.substring(0, half) : s;
    }
}
