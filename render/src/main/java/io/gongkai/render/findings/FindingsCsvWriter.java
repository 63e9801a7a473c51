package io.gongkai.render.findings;

import io.gongkai.rules.Finding;
import io.gongkai.rules.Location;
import java.io.IOException;
import java.util.List;

/**
 * Writes findings as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break), one line per finding with a Chinese header line, so that a spreadsheet opens it directly. Starts with
 * a byte-order mark, which spreadsheet programs need to read the file as UTF-8. Thread-safe.
 */
public final class FindingsCsvWriter implements FindingsWriter {

    /** The header line's columns. */
    static final List<String> HEADER = List.of("文件", "单位", "年度", "规则", "严重程度", "类别", "位置", "表", "行", "栏",
            "部分", "问题", "应为", "实为", "差额", "依据");

    @Override
    public void write(List<CheckedFile> files, Appendable out) throws IOException {
        out.append('\uFEFF');
        line(out, HEADER);
        for (CheckedFile file : files) {
            for (Finding f : file.result().findings()) {
                line(out, FindingRow.of(file, f));
            }
        }
    }

    private static void line(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** One finding as the fields of a line, shared with the XLSX writer. */
    static final class FindingRow {

        private FindingRow() {
        }

        static List<String> of(CheckedFile file, Finding f) {
            Location at = f.location();
            return java.util.Arrays.asList(file.file(), file.result().report().unit().name(),
                    String.valueOf(file.result().report().year()), f.rule(), f.severity().label(),
                    f.category().label(), at.describe(), at.table() == null ? null : String.valueOf(at.table()),
                    at.row(), at.column(), at.section(), f.message(), f.expected(), f.actual(),
                    f.difference() == null ? null : Labels.signed(f.difference()), f.basis());
        }
    }
}
