package io.gongkai.corpus;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Imitates what PDF-to-text extraction does to a disclosure (DOMAIN.md), limited to the artifacts the text reader
 * is meant to repair, so that a clean document stays clean after them. Stateless.
 */
public final class ExtractionArtifacts {

    /** The artifacts imitated. */
    public enum Kind {
        /** Bold table titles drawn twice: {@code 2024年预算收支总表2024年预算收支总表}. */
        DOUBLED_TITLES,
        /** A page number ({@code -3-}) and a running header with the unit's name every page. */
        PAGE_FURNITURE
    }

    /** Lines on a page of the imitated PDF. */
    private static final int PAGE_LINES = 40;

    /** Chooses each artifact with probability one half. */
    public static Set<Kind> choose(Random random) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Kind kind : Kind.values()) {
            if (random.nextBoolean()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** The text with the artifacts put in. */
    public static String apply(String text, Report report, Set<Kind> kinds) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (kinds.contains(Kind.DOUBLED_TITLES)) {
            Set<String> titles = new java.util.HashSet<>();
            for (DisclosureTable table : report.tables()) {
                titles.add(table.title());
            }
            lines.replaceAll(line -> titles.contains(line) ? line + line : line);
        }
        if (kinds.contains(Kind.PAGE_FURNITURE)) {
            String header = report.unit().name() + report.year() + "年部门预算公开报告";
            List<String> paged = new ArrayList<>();
            int page = 1;
            for (int i = 0; i < lines.size(); i++) {
                paged.add(lines.get(i));
                if ((i + 1) % PAGE_LINES == 0 && i + 1 < lines.size()) {
                    paged.add("-" + page++ + "-");
                    paged.add(header);
                }
            }
            lines = paged;
        }
        return String.join("\n", lines);
    }

    private ExtractionArtifacts() {
    }
}
