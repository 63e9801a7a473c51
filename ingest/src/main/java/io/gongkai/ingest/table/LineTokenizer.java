package io.gongkai.ingest.table;

import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a table line into text and number pieces. Money printed next to text without a space
 * ({@code 847.18一、一般公共服务支出}) is split off; integers inside names ({@code 2023年数字消费券}) are not.
 * For space-separated lines, the spacing between pieces tells how many blank cells vanished between them: one
 * space separates cells, each blank cell adds one more (two on bold lines, where the blank is drawn twice).
 */
final class LineTokenizer {

    /** Money glued to text: a decimal with two places, or a grouped number. */
    private static final Pattern MONEY = Pattern.compile("-?(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+\\.\\d{2})(?!\\d)");
    static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern DOUBLED_MONEY = Pattern.compile("(\\d+\\.\\d{2})\\1");

    private LineTokenizer() {
    }

    static List<Token> tokenize(SourceLine line) {
        return line.tabbed() ? tabbed(line) : spaced(line);
    }

    /** Number of ideographic spaces that indent the line (the 屯留区 template indents tree levels with them). */
    static int indentation(SourceLine line) {
        int n = 0;
        String text = line.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3000') {
                n++;
            } else if (c != ' ') {
                break;
            }
        }
        return n;
    }

    static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return (Character.isDigit(first) || first == '-') && matchesNumber(text);
    }

    /**
     * Whether the whole text matches {@link #NUMBER}, by one scan instead of the regex: an optional minus, digits
     * either grouped by thousands commas (1 to 3 digits, then one or more ",ddd") or ungrouped, then optionally a
     * point and at least one digit.
     */
    static boolean matchesNumber(String text) {
        int n = text.length();
        int i = text.charAt(0) == '-' ? 1 : 0;
        int start = i;
        while (i < n && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        if (i < n && text.charAt(i) == ',') {
            if (i - start > 3) {
                return false;
            }
            while (i < n && text.charAt(i) == ',') {
                if (i + 3 >= n || !isAsciiDigit(text.charAt(i + 1)) || !isAsciiDigit(text.charAt(i + 2))
                        || !isAsciiDigit(text.charAt(i + 3))) {
                    return false;
                }
                i += 4;
            }
        }
        if (i < n && text.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isAsciiDigit(text.charAt(i))) {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static List<Token> tabbed(SourceLine line) {
        List<Token> out = new ArrayList<>();
        List<String> cells = line.cells();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            if (isNumber(cell)) {
                out.add(new Token(cell, Texts.parseAmount(cell), i, -1, -1, -1, line));
            } else {
                splitGlued(cell, i, -1, -1, line, out);
            }
        }
        return out;
    }

    private static List<Token> spaced(SourceLine line) {
        List<Token> out = new ArrayList<>();
        String text = line.text();
        int spacesPerBlank = DOUBLED_MONEY.matcher(line.raw()).find() ? 2 : 1;
        int[] column = displayColumns(text);
        int previousEnd = -1;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            int blanks = previousEnd < 0 ? -1 : Math.max(0, (start - previousEnd - 1) / spacesPerBlank);
            previousEnd = i;
            String chunk = text.substring(start, i);
            if (isNumber(chunk)) {
                out.add(new Token(chunk, Texts.parseAmount(chunk), -1, blanks, column[start], column[i], line));
            } else {
                splitGlued(chunk, -1, blanks, column[start], line, out);
            }
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Texts.isSpace(c);
    }

    /** Display columns of each char offset of the text (and of its end): CJK characters are two wide. */
    static int[] displayColumns(String text) {
        int[] column = new int[text.length() + 1];
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            column[i] = at;
            at += isWide(text.charAt(i)) ? 2 : 1;
        }
        column[text.length()] = at;
        return column;
    }

    private static boolean isWide(char c) {
        return (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
                || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
                || (c >= '\uFFE0' && c <= '\uFFE6');
    }

    /** Splits money glued before or after text; pieces inside one chunk are adjacent cells (no blanks). */
    private static void splitGlued(String chunk, int cell, int blanks, int startColumn, SourceLine line,
                                   List<Token> out) {
        if (!containsDigit(chunk)) {
            out.add(new Token(chunk, null, cell, blanks, startColumn,
                    startColumn < 0 ? -1 : startColumn + displayColumns(chunk)[chunk.length()], line));
            return;
        }
        int[] column = displayColumns(chunk);
        int base = startColumn < 0 ? 0 : startColumn;
        Matcher money = MONEY.matcher(chunk);
        int last = 0;
        int gap = blanks;
        while (money.find()) {
            boolean standsAlone = (money.start() == 0 || !Character.isDigit(chunk.charAt(money.start() - 1)))
                    && (money.start() == 0 || chunk.charAt(money.start() - 1) != '.');
            if (!standsAlone) {
                continue;
            }
            if (money.start() > last) {
                out.add(new Token(chunk.substring(last, money.start()), null, cell, gap,
                        at(startColumn, base + column[last]), at(startColumn, base + column[money.start()]), line));
                gap = 0;
            }
            out.add(new Token(money.group(), Texts.parseAmount(money.group()), cell, gap,
                    at(startColumn, base + column[money.start()]), at(startColumn, base + column[money.end()]), line));
            gap = 0;
            last = money.end();
        }
        if (last < chunk.length()) {
            out.add(new Token(chunk.substring(last), null, cell, gap, at(startColumn, base + column[last]),
                    at(startColumn, base + column[chunk.length()]), line));
        }
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Texts.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int at(int startColumn, int column) {
        return startColumn < 0 ? -1 : column;
    }
}
