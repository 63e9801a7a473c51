package io.gongkai.ingest.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises page furniture that carries no content: page numbers ({@code -14-}, {@code 第 3 页}), watermarks
 * ({@code 仅供内部审核}), running headers ({@code …2024年部门预算公开报告}) and the part heading of the tables
 * ({@code 第二部分 2024年部门预算报表}) that a page break can drop into the middle of a table.
 */
public final class PageFurnitureFilter {

    private static final List<Pattern> FURNITURE = List.of(
            Pattern.compile("^[-—–]\\s*\\d{1,4}\\s*[-—–]$"),
            Pattern.compile("^第\\s*\\d{1,4}\\s*页(\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?$"),
            Pattern.compile("^共\\s*\\d{1,4}\\s*页\\s*第\\s*\\d{1,4}\\s*页$"),
            Pattern.compile("^\\d{1,4}\\s*/\\s*\\d{1,4}$"),
            Pattern.compile("^(仅供内部审核|内部资料|内部审核|草稿|样稿)$"),
            Pattern.compile("^\\S{2,40}?20\\d{2}年(度)?(部门|单位)(预算|决算)公开(报告|说明|文本)$"),
            Pattern.compile("^第二部分\\s*(第二部分)?\\s*20\\d{2}年(度)?(部门|单位)?(预算|决算)(公开)?(报表|表)$"));

    private PageFurnitureFilter() {
    }

    /** Whether a repaired, stripped line is furniture. */
    public static boolean isFurniture(String compactLine) {
        if (compactLine.isEmpty() || compactLine.length() > 60) {
            return false;
        }
        for (Pattern p : FURNITURE) {
            if (p.matcher(compactLine).matches()) {
                return true;
            }
        }
        return false;
    }
}
