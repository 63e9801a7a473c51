package io.gongkai.rules;

/**
 * Where a finding is: a table cell, a table row, or a narrative section (any part may be null).
 *
 * @param table the canonical table number, or null
 * @param row the row as printed (code and name), or null
 * @param column the canonical column name, or null
 * @param section the narrative section (五(二)) or another part of the document (绩效目标表 …), or null
 */
public record Location(Integer table, String row, String column, String section) {

    public static final Location DOCUMENT = new Location(null, null, null, null);

    public static Location cell(int table, String row, String column) {
        return new Location(table, row, column, null);
    }

    public static Location table(int table) {
        return new Location(table, null, null, null);
    }

    public static Location section(String section) {
        return new Location(null, null, null, section);
    }

    /** A short Chinese description: 表3「216 商业服务业等支出」合计, 情况说明 五(二). */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (table != null) {
            sb.append("表").append(table);
        }
        if (row != null) {
            sb.append("「").append(row).append("」");
        }
        if (column != null) {
            sb.append(ColumnLabels.label(column));
        }
        if (section != null) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(section);
        }
        return sb.length() == 0 ? "全文" : sb.toString();
    }
}
