package io.gongkai.ingest.table;

import java.util.List;
import java.util.regex.Pattern;

/** Recognisers for the recurring furniture of table text: empty-table notes, column-number lines, headers. */
final class TableText {

    private static final Pattern EMPTY_NOTE = Pattern.compile("本表无数据|本表为空|空表|无此项|本表无");
    private static final Pattern MONEY = Pattern.compile("\\d+\\.\\d{2}");
    private static final Pattern HEADER_WORDS = Pattern.compile(
            "一般公共预算|政府性基金|国有资本经营|财政专户|单位资金|项目名称|单位名称|预算数|科目编码|科目名称"
                    + "|人员经费|公用经费|基本支出|项目支出|金额|小计|当年预算|上年结转安排|财政拨款|部门名称|单位[:：]|万元");

    private TableText() {
    }

    /** Whether the line says the table has no data (注：本表无数据, 本表为空表 …). */
    static boolean isEmptyNote(String compact) {
        return compact.length() <= 40 && mayBeEmptyNote(compact) && EMPTY_NOTE.matcher(compact).find()
                && !MONEY.matcher(compact).find();
    }

    /** Whether the text holds a piece every {@link #EMPTY_NOTE} alternative contains: 本表, 空表 or 无此项. */
    private static boolean mayBeEmptyNote(String compact) {
        return compact.contains("本表") || compact.contains("空表") || compact.contains("无此项");
    }

    /** Whether the tokens are the column-number line {@code 1 2 3 4 5 6 7}. */
    static boolean isColumnNumbers(List<Token> tokens) {
        if (tokens.size() < 3) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isNumber() || t.value().scale() > 0 || t.value().intValue() != i + 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line without money is a header line (column titles). */
    static boolean isHeaderText(String compact) {
        return HEADER_WORDS.matcher(compact).find();
    }

    /** Whether the line is a note under a table (注：本表反映…, 说明：…). */
    static boolean isNote(String compact) {
        return compact.startsWith("注：") || compact.startsWith("注:") || compact.startsWith("说明：");
    }

    static boolean isTotalLabel(String compact) {
        return compact.equals("合计") || compact.equals("总计") || compact.equals("部门合计")
                || compact.equals("单位合计");
    }
}
