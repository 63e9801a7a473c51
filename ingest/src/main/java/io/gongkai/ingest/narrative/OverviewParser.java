package io.gongkai.ingest.narrative;

import io.gongkai.ingest.layout.ChineseNumerals;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Overview;
import io.gongkai.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads 第一部分 概况 (overview): 一、职责 (duties) as numbered items — （一）… or 1、 / 1. — or, when unnumbered, as
 * one entry; 二、机构设置 (organisation) as its whole text, with the internal offices (内设机构) and subordinate
 * units (下属单位) it names. Sections are told apart by the words of their headings (职责/职能, 机构), else by
 * order. A heading whose ordinal does not rise ends the overview (seed 003 runs into its tables). Stateless and
 * thread-safe.
 */
public final class OverviewParser {

    /** One numbered part of the overview. */
    private record Part(String title, SourceLine heading, List<SourceLine> lines) {
    }

    /** Reads the overview; problems are added to {@code issues}, never thrown. */
    public Overview parse(List<SourceLine> lines, List<IngestIssue> issues) {
        List<Part> parts = parts(lines);
        if (parts.isEmpty()) {
            if (lines.isEmpty()) {
                return Overview.EMPTY;
            }
            issues.add(new IngestIssue(lines.get(0).ref(), "概况中未找到“一、职责”“二、机构设置”等标题，全文作为职责 / "
                    + "the overview has no numbered headings (一、职责, 二、机构设置); all of it is taken as duties"));
            return new Overview(duties(lines), "", List.of(), List.of(), lines.get(0).ref());
        }
        Part duties = find(parts, "职责", "职能");
        Part organisation = find(parts, "机构");
        if (duties == null && organisation != parts.get(0)) {
            duties = parts.get(0);
        }
        if (organisation == null && parts.size() > 1 && parts.get(1) != duties) {
            organisation = parts.get(1);
        }
        List<String> dutyList = duties == null ? List.of() : duties(duties.lines());
        if (organisation == null) {
            return new Overview(dutyList, "", List.of(), List.of(), lines.get(0).ref());
        }
        String text = Texts.joinWrapped(organisation.lines().stream().map(SourceLine::text).toList());
        SourceRef where = organisation.heading().ref();
        return new Overview(dutyList, text, OrganisationText.internalOffices(text, where, issues),
                OrganisationText.subordinateUnits(text, where, issues), lines.get(0).ref());
    }

    private static List<Part> parts(List<SourceLine> lines) {
        List<Part> parts = new ArrayList<>();
        List<SourceLine> body = null;
        int highest = 0;
        for (SourceLine line : lines) {
            String text = line.text().strip();
            Matcher m = ListMarker.hanOrdinal(text);
            int ordinal = m == null ? -1 : ChineseNumerals.parse(m.group(1));
            if (ordinal > 0 && text.length() - m.end() <= 40 && text.indexOf('。') < 0) {
                if (ordinal <= highest) {
                    break;
                }
                highest = ordinal;
                body = new ArrayList<>();
                parts.add(new Part(Texts.squeeze(text.substring(m.end())), line, body));
            } else if (body != null) {
                body.add(line);
            }
        }
        return parts;
    }

    private static Part find(List<Part> parts, String... words) {
        for (Part part : parts) {
            for (String word : words) {
                if (part.title().contains(word)) {
                    return part;
                }
            }
        }
        return null;
    }

    /**
     * The duties: one per numbered item, its wrapped lines joined; the preamble before the first item
     * (主要职责是：) is dropped. Items numbered in another style belong to the item they stand in.
     */
    private static List<String> duties(List<SourceLine> lines) {
        List<String> duties = new ArrayList<>();
        List<String> item = null;
        ListMarker.Style style = null;
        for (SourceLine line : lines) {
            String text = line.text().strip();
            ListMarker marker = ListMarker.at(text);
            if (marker != null && (style == null || style == marker.style())) {
                style = marker.style();
                flush(duties, item);
                item = new ArrayList<>();
                item.add(text.substring(marker.end()));
            } else if (item != null) {
                item.add(text);
            }
        }
        flush(duties, item);
        if (style == null) {
            String all = Texts.joinWrapped(lines.stream().map(SourceLine::text).toList());
            return all.isEmpty() ? List.of() : List.of(all);
        }
        return duties;
    }

    private static void flush(List<String> duties, List<String> item) {
        if (item != null) {
            String duty = Texts.joinWrapped(item);
            if (!duty.isEmpty()) {
                duties.add(duty);
            }
        }
    }
}
