package io.gongkai.ingest.narrative;

import io.gongkai.ingest.layout.ChineseNumerals;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 第三部分 情况说明 (the explanatory narrative) into its numbered sections and the facts stated in them.
 *
 * <p>Sections are the lines opening with 一、 … 十二、 (or, in a narrative without them, （一） … （十二）) whose
 * ordinal rises; a section printed a second time (seed 003 prints 二 and 三 twice) is kept once, with only the lines
 * the first printing lacks. Sub-sections open with （一） or 1、 at the start of a line. Chart captions (收入预算图)
 * and running headers (a line without punctuation printed on several pages) are not text, and an official document
 * printed after the last section (长财综〔2023〕36号 …) ends the narrative. Facts follow {@link FactScanner}. Messy
 * input is recorded as {@link IngestIssue}s, never thrown. Stateless and thread-safe.
 */
public final class NarrativeParser {

    private static final int MAX_TITLE = 40;
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。；,;]");
    private static final Pattern CAPTION = Pattern.compile("^[^，。；：,;:0-9]{2,20}图$");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "^\\p{IsHan}{1,12}[〔\\[［【(（][0-9]{4}[〕\\]］】)）][0-9]{1,5}号$");

    /** Reads the narrative; {@code unitName} is dropped from fact subjects. */
    public Narrative parse(List<SourceLine> lines, String unitName, List<IngestIssue> issues) {
        return read(lines, unitName, issues).narrative();
    }

    /** Reads the narrative together with its passages. */
    public NarrativeReading read(List<SourceLine> lines, String unitName, List<IngestIssue> issues) {
        List<String> compact = lines.stream().map(SourceLine::compact).toList();
        Set<String> runningHeaders = runningHeaders(compact);
        Builder builder = collect(lines, compact, new Builder(issues, runningHeaders, false));
        if (builder.sections.isEmpty()) {
            builder = collect(lines, compact, new Builder(issues, runningHeaders, true));
        }
        if (builder.sections.isEmpty()) {
            if (!lines.isEmpty()) {
                issues.add(new IngestIssue(lines.get(0).ref(), "情况说明中未找到“一、”等编号标题，未能分节 / "
                        + "no numbered section headings (一、 …) were found in the narrative"));
            }
            return NarrativeReading.EMPTY;
        }
        FactScanner scanner = new FactScanner(new SubjectCleaner(unitName));
        List<NarrativeSection> sections = new ArrayList<>();
        List<NarrativeFact> facts = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        for (SectionDraft draft : builder.sections.values()) {
            String text = draft.body.text();
            sections.add(new NarrativeSection(draft.number, draft.title, text, draft.heading.ref()));
            passages.add(new Passage(draft.number, draft.title, text, draft.heading.ref()));
            for (int i = 0; i < draft.subs.size(); i++) {
                SectionDraft.SubMark sub = draft.subs.get(i);
                int end = i + 1 < draft.subs.size() ? draft.subs.get(i + 1).offset() : text.length();
                passages.add(new Passage(draft.number + sub.label(), sub.title(), text.substring(sub.offset(), end),
                        sub.line().ref()));
            }
            facts.addAll(scanner.scan(draft));
        }
        return new NarrativeReading(new Narrative(sections, facts), passages);
    }

    private static Builder collect(List<SourceLine> lines, List<String> compact, Builder builder) {
        for (int i = 0; i < lines.size(); i++) {
            if (!builder.accept(lines.get(i), compact.get(i))) {
                break;
            }
        }
        return builder;
    }

    /**
     * Lines printed verbatim on several pages that look like a running header (滨江市图书馆2024年单位预算) and that
     * the furniture filter did not know. They are not section text.
     */
    private static Set<String> runningHeaders(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String compact : lines) {
            if (RunningHeader.looksLike(compact) && ListMarker.at(compact) == null
                    && ListMarker.hanOrdinal(compact) == null) {
                counts.merge(compact, 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        counts.forEach((text, n) -> {
            if (n > 1) {
                repeated.add(text);
            }
        });
        return repeated;
    }

    /** Collects the lines of each section, one parse at a time. */
    private static final class Builder {
        private final List<IngestIssue> issues;
        private final Set<String> runningHeaders;
        /** Whether sections are numbered （一）（二） instead of 一、二、, as a few templates do. */
        private final boolean bracketed;
        private final Map<String, SectionDraft> sections = new LinkedHashMap<>();
        private SectionDraft current;
        private boolean repeating;
        private int highest;

        Builder(List<IngestIssue> issues, Set<String> runningHeaders, boolean bracketed) {
            this.issues = issues;
            this.runningHeaders = runningHeaders;
            this.bracketed = bracketed;
        }

        /** Takes one line; false when the narrative has ended. */
        boolean accept(SourceLine line, String compact) {
            String text = line.text().strip();
            if (compact.endsWith("号") && DOCUMENT_NUMBER.matcher(compact).matches() && current != null) {
                issues.add(new IngestIssue(line.ref(), "情况说明后附的公文（" + compact + "）不计入说明正文 / the official "
                        + "document printed after the narrative (" + compact + ") is not part of its text"));
                return false;
            }
            if (compact.endsWith("图") && CAPTION.matcher(compact).matches() || runningHeaders.contains(compact)) {
                return true;
            }
            if (heading(line, text)) {
                return true;
            }
            if (current == null) {
                return true;
            }
            if (repeating && current.seenLines.contains(compact)) {
                return true;
            }
            body(line, text, compact);
            return true;
        }

        private boolean heading(SourceLine line, String text) {
            Matcher m = bracketed ? ListMarker.bracketedHanOrdinal(text) : ListMarker.hanOrdinal(text);
            if (m == null) {
                return false;
            }
            int ordinal = ChineseNumerals.parse(m.group(1));
            String rest = text.substring(m.end());
            int colon = indexOfColon(rest);
            String title = Texts.squeeze(colon < 0 ? rest : rest.substring(0, colon));
            if (ordinal <= 0 || title.isEmpty() || title.length() > MAX_TITLE
                    || SENTENCE_PUNCTUATION.matcher(title).find() || FactScanner.NUMBER_UNIT.matcher(title).find()) {
                return false;
            }
            SectionDraft seen = sections.get(m.group(1));
            if (seen != null) {
                if (!Texts.compact(seen.title).equals(Texts.compact(title))) {
                    return false;
                }
                issues.add(new IngestIssue(line.ref(), "情况说明第" + seen.number + "部分重复出现，只保留一次 / narrative "
                        + "section " + seen.number + " is printed twice; it is kept once"));
                current = seen;
                repeating = true;
                return true;
            }
            if (ordinal <= highest) {
                return false;
            }
            highest = ordinal;
            current = new SectionDraft(m.group(1), title, line);
            sections.put(m.group(1), current);
            repeating = false;
            if (colon >= 0) {
                String remainder = rest.substring(colon + 1);
                body(line, remainder, Texts.compact(remainder));
            }
            return true;
        }

        private void body(SourceLine line, String piece, String compact) {
            String text = piece.strip();
            current.seenLines.add(compact);
            int start = current.body.append(line, text);
            ListMarker marker = ListMarker.at(text);
            if (marker == null) {
                return;
            }
            String after = text.substring(marker.end());
            boolean headingOnly = after.strip().length() <= MAX_TITLE && !SENTENCE_PUNCTUATION.matcher(after).find()
                    && !FactScanner.NUMBER_UNIT.matcher(after).find();
            int boundary = headingOnly ? current.body.length() : start + marker.end();
            if (current.subStyle != null && current.subStyle != marker.style()) {
                if (headingOnly) {
                    current.boundaries.add(boundary);
                }
                return;
            }
            current.subStyle = marker.style();
            current.boundaries.add(boundary);
            current.subs.add(new SectionDraft.SubMark(start, marker.bracketed(), subTitle(after, headingOnly), line));
        }

        /** The words of a sub-heading: the whole line when it is only a heading, else the words before a colon. */
        private static String subTitle(String after, boolean headingOnly) {
            int colon = indexOfColon(after);
            String title = Texts.squeeze(colon < 0 ? after : after.substring(0, colon));
            if (headingOnly) {
                return title;
            }
            return colon >= 0 && title.length() <= MAX_TITLE && !SENTENCE_PUNCTUATION.matcher(title).find()
                    ? title : "";
        }

        private static int indexOfColon(String s) {
            int full = s.indexOf('：');
            int half = s.indexOf(':');
            return full < 0 ? half : half < 0 ? full : Math.min(full, half);
        }
    }
}
