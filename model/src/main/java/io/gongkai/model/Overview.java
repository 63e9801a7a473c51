package io.gongkai.model;

import java.util.List;

/**
 * 第一部分 概况: what the unit does and how it is organised.
 *
 * @param duties 一、职责: each numbered duty, or the paragraphs of an unnumbered description
 * @param organisation 二、机构设置: the whole text of the section
 * @param internalOffices the internal offices (内设机构) named in the organisation text
 * @param subordinateUnits subordinate units (下属单位) named in the organisation text
 * @param source where the overview starts
 */
public record Overview(List<String> duties, String organisation, List<String> internalOffices,
                       List<String> subordinateUnits, SourceRef source) {

    public static final Overview EMPTY = new Overview(List.of(), "", List.of(), List.of(), SourceRef.NONE);

    public Overview {
        source = source == null ? SourceRef.NONE : source;
        duties = List.copyOf(duties);
        organisation = organisation == null ? "" : organisation;
        internalOffices = List.copyOf(internalOffices);
        subordinateUnits = List.copyOf(subordinateUnits);
    }
}
