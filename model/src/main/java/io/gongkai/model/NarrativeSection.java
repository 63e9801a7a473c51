package io.gongkai.model;

/**
 * A numbered section of 第三部分 情况说明.
 *
 * @param number the Chinese ordinal (一 … 十二)
 * @param title the heading without its ordinal (部门预算收支数据变动情况及原因)
 * @param text the body, with line wraps and page furniture removed
 * @param source where the heading was read
 */
public record NarrativeSection(String number, String title, String text, SourceRef source) {

    public NarrativeSection {
        source = source == null ? SourceRef.NONE : source;
    }
}
