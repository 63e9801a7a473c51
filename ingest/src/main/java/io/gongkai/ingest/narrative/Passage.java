package io.gongkai.ingest.narrative;

import io.gongkai.model.SourceRef;

/**
 * A titled piece of 第三部分 情况说明: a whole section or one of its sub-sections.
 *
 * @param label the section label its facts carry: {@code 十一} for a section, {@code 十(三)} for a sub-section
 * @param title the heading words without the ordinal (国有资产占有使用情况), "" when a sub-section has none
 * @param text the joined text; a section's text includes its sub-sections
 * @param source where the heading was read
 */
public record Passage(String label, String title, String text, SourceRef source) {
}
