package io.gongkai.ingest.narrative;

import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.GlossaryEntry;
import io.gongkai.model.IngestIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 名词解释 (the glossary): one entry per numbered line (一、 or 1、 …), its wrapped lines and a definition
 * printed on the next line joined to it. The ordinal is dropped; the term ends at the first ： (when it comes before
 * 是指/是对), or else before 是指/是对/是, and the definition is the rest, from 是 inclusive when there is no colon
 * (docs/json-format.md). A glossary laid out as a two-column table (a workbook's 名词 | 解释 sheet, cells as tab-separated
 * text) has one entry per row, split at the tab, under its header row. A later part (第五部分 附件) ends the glossary, and a running header after a finished
 * definition is not part of it. Stateless and thread-safe.
 */
public final class GlossaryParser {

    private static final Pattern NEXT_PART = Pattern.compile("^(?:第[一二三四五六七八九十]{1,2}部分|附件[0-9一二三四五六七八九十]?[：:]?$)");
    private static final Pattern MEANS = Pattern.compile("是指|是对");
    private static final int MAX_TERM = 30;
    /** The header row of a glossary laid out as a table. */
    private static final String HEADER = "名词解释";

    /** One entry being read. */
    private record Draft(SourceLine line, String first, List<String> more) {
    }

    /** Reads the glossary; entries that cannot be split are added to {@code issues} and kept whole. */
    public List<GlossaryEntry> parse(List<SourceLine> lines, List<IngestIssue> issues) {
        boolean numbered = lines.stream().anyMatch(l -> startsEntry(l.text().strip(), true) >= 0);
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (SourceLine line : lines) {
            String text = line.text().strip();
            if (NEXT_PART.matcher(Texts.compact(text)).find()) {
                break;
            }
            int start = startsEntry(text, numbered);
            if (start >= 0) {
                current = new Draft(line, text.substring(start), new ArrayList<>());
                drafts.add(current);
            } else if (current != null && !repeatsLastMark(current, text) && !runningHeader(current, text)) {
                current.more().add(text);
            }
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        for (Draft draft : drafts) {
            entries.add(entry(draft, issues));
        }
        return entries;
    }

    /** Where the entry text starts after the ordinal, or -1 when the line does not start an entry. */
    private static int startsEntry(String text, boolean numbered) {
        if (!numbered) {
            int colon = colon(text);
            int tab = text.indexOf('\t');
            boolean tableRow = tab > 0 && tab <= MAX_TERM && !HEADER.equals(Texts.compact(text));
            return tableRow || colon > 0 && colon <= MAX_TERM ? 0 : -1;
        }
        Matcher han = ListMarker.hanOrdinal(text);
        if (han != null) {
            return han.end();
        }
        ListMarker marker = ListMarker.at(text);
        return marker == null ? -1 : marker.end();
    }

    /** A stray line holding only the mark the entry already ends with (seed 003 prints a lone 。). */
    private static boolean repeatsLastMark(Draft draft, String text) {
        if (text.length() != 1 || Character.isLetterOrDigit(text.charAt(0))) {
            return false;
        }
        String last = draft.more().isEmpty() ? draft.first() : draft.more().get(draft.more().size() - 1);
        return !last.isEmpty() && last.charAt(last.length() - 1) == text.charAt(0);
    }

    /** A header line (滨江市图书馆2024年单位预算) after a finished definition cannot continue it. */
    private static boolean runningHeader(Draft draft, String text) {
        String last = draft.more().isEmpty() ? draft.first() : draft.more().get(draft.more().size() - 1);
        return last.endsWith("。") && RunningHeader.looksLike(Texts.compact(text));
    }

    private static GlossaryEntry entry(Draft draft, List<IngestIssue> issues) {
        String first = draft.first().strip();
        int colon = colon(first);
        int tab = first.indexOf('\t');
        Matcher means = MEANS.matcher(first);
        int is = means.find() ? means.start() : first.indexOf('是');
        String term;
        List<String> definition = new ArrayList<>();
        if (tab > 0 && (colon < 0 || tab < colon)) {
            term = first.substring(0, tab);
            definition.add(first.substring(tab + 1).strip());
        } else if (colon >= 0 && (is < 0 || colon < is)) {
            term = first.substring(0, colon);
            definition.add(first.substring(colon + 1));
        } else if (is > 0) {
            term = first.substring(0, is);
            definition.add(first.substring(is));
        } else {
            term = first;
        }
        definition.addAll(draft.more());
        String joined = Texts.joinWrapped(definition);
        term = term.strip();
        if (term.isEmpty() || joined.isEmpty() || term.length() > MAX_TERM) {
            issues.add(new IngestIssue(draft.line().ref(), "名词解释条目无法分出名词和解释：" + first + " / cannot split "
                    + "the glossary entry into term and definition"));
        }
        return new GlossaryEntry(term, joined, draft.line().ref());
    }

    private static int colon(String text) {
        int full = text.indexOf('：');
        int half = text.indexOf(':');
        return full < 0 ? half : half < 0 ? full : Math.min(full, half);
    }
}
