package io.gongkai.corpus;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.render.text.DisclosureTextWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imitates what PDF-to-text extraction does to a disclosure (DOMAIN.md, as the seeds show it), limited to the
 * artifacts the text reader is meant to repair, so that a clean document stays clean after them. Each artifact is
 * applied to the disclosure text of {@code DisclosureTextWriter} (tab-separated cells, one row per line): a wrapped
 * cell's text is broken by a line break where the PDF's cell ends, the row's later cells following after the rest of
 * the cell (a goal table's amount) or on a line of their own (a table's row name, as seed 004 prints it). Artifacts
 * the reader cannot repair from text alone (tables whose empty cells are gone) are not imitated. Stateless.
 */
public final class ExtractionArtifacts {

    /** The artifacts imitated. */
    public enum Kind {
        /** Bold table titles drawn twice: {@code 2024年预算收支总表2024年预算收支总表}. */
        DOUBLED_TITLES,
        /** A page number ({@code -3-}) and a running header with the unit's name every page. */
        PAGE_FURNITURE,
        /**
         * A long row name wrapped in its cell, where the seeds show it: in the summary tables 1 and 4 after
         * {@link #NAME_WIDTH} characters (seed 000: {@code 七、文化旅游体育与传媒支\n出}), in the project tables 12
         * and 13 after {@link #PROJECT_WIDTH} (seed 000: {@code 　　长治市屯留区2023年数字消费券\n发放\n500.00 500.00}).
         * The coded tables print their names in a wide column and do not wrap them.
         */
        WRAPPED_NAMES,
        /** A goal table's amount in 元 wrapped in its narrow cell (seed 004: {@code 800,00\n0}). */
        WRAPPED_AMOUNTS,
        /**
         * A goal table's 一级 and 二级 indicator labels spaced and wrapped in their narrow cells (seed 004:
         * {@code 数 量 指\n标}).
         */
        SPACED_INDICATOR_LABELS,
        /**
         * Bold text other than titles drawn twice, where the seeds print it bold: table header cells, total rows
         * ({@code 合计合计 678.10678.10}), {@code 注：本表无数据注：本表无数据} and the narrative's section headings
         * ({@code 二、收入预算情况说明二、收入预算情况说明}).
         */
        DOUBLED_BOLD_CELLS,
        /** CJK radical look-alikes for ordinary characters: {@code ⻔} for 门, {@code ⻋} for 车. */
        LOOK_ALIKE_CHARACTERS,
        /**
         * A watermark line ({@code 仅供内部审核}) every page, and the part heading of the tables drawn again (bold,
         * doubled) in the middle of table 1, as in seed 000.
         */
        WATERMARKS,
        /**
         * The narrative's paragraphs broken at the page width ({@link #PARAGRAPH_WIDTH} characters), never inside
         * a number ({@code 其中：本年\n收入847.18万元}).
         */
        WRAPPED_PARAGRAPHS,
        /**
         * Layered pages: the upper half of the first goal table (its heading down to the indicator header row)
         * drawn again at the top of each later goal-table page, as seed 000 repeats 商务执法办公经费's upper half
         * in its other goal tables. It is not a new project.
         */
        LAYERED_PAGES,
        /**
         * The 一级 and 二级 indicator labels spaced and wrapped every {@link #LABEL_WIDTH} characters as in
         * {@link #SPACED_INDICATOR_LABELS}, but the row keeping its tabs (an extractor that keeps cell separators,
         * as seed 001's does: {@code 绩效 指标\t一级指标}); the rest of the row follows the rest of the label on
         * its line. Not applied together with {@link #SPACED_INDICATOR_LABELS}, which removes the tabs.
         */
        SPACED_LABELS_IN_TAB_ROWS,
        /**
         * The tables lose their 表N labels ({@code 表六…} and {@code 预算公开表6}) and are known by their titles only,
         * as in the 忻州 template of seed 001.
         */
        NO_TABLE_LABELS
    }

    /** Lines on a page of the imitated PDF. */
    private static final int PAGE_LINES = 40;
    /** Characters of a table's name cell on one line (seed 000: {@code 七、文化旅游体育与传媒支|出}). */
    static final int NAME_WIDTH = 12;
    /** Characters of a unit name in table 11 on one line (seed 004: {@code 长治市屯留区人民代表大会常务委员|会}). */
    static final int UNIT_WIDTH = 16;
    /** Characters of a project name on one line after its indentation (seed 000). */
    static final int PROJECT_WIDTH = 16;
    /** Characters of a goal table's amount cell on one line (seed 004: {@code 800,00|0}). */
    static final int AMOUNT_WIDTH = 6;
    /** Characters of an indicator label cell on one line, before spacing (seed 004: {@code 数 量 指|标}). */
    static final int LABEL_WIDTH = 3;
    /** Characters of a narrative line (seed 000 wraps its paragraphs at 36 to 40). */
    static final int PARAGRAPH_WIDTH = 38;

    /** The heading of a goal table in the disclosure text. */
    private static final String GOAL_TITLE = "预算部门（单位）项目支出绩效目标表";
    private static final String WATERMARK = "仅供内部审核";
    /** The first cell of a goal table's indicator header row, the last row of a layer. */
    private static final String INDICATOR_HEADER = "绩效指标\t";
    /** A table's label line before its title: {@code 表六2024年…}. */
    private static final Pattern TABLE_LABEL = Pattern.compile("表[一二三四五六七八九十]+[0-9]{4}年");
    private static final Pattern AMOUNT = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");
    private static final Pattern SECTION_HEADING = Pattern.compile("[一二三四五六七八九十]+、\\S+");
    /** The start of a numbered item, which a line of a wrapped paragraph must not look like. */
    private static final Pattern ITEM_START = Pattern.compile("^([一二三四五六七八九十]+、|[0-9]+、|（[一二三四五六七八九十0-9]+）).*");
    /** Ordinary characters and the CJK radical look-alike a PDF font may give for them. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.of('门', '⻔', '车', '⻋', '长', '⻓', '见', '⻅',
            '风', '⻛', '食', '⻝', '青', '⻘');

    /** Where a line of the disclosure text is. */
    private enum Zone {
        /** The overview before the tables. */
        TEXT,
        /** 情况说明 and 名词解释 after the tables. */
        NARRATIVE,
        /** The tables. */
        TABLES,
        /** A goal table within section 十. */
        GOAL
    }

    /**
     * Chooses each artifact with probability one half. {@link Kind#SPACED_LABELS_IN_TAB_ROWS} is dropped when
     * {@link Kind#SPACED_INDICATOR_LABELS} is chosen (the rows have lost their tabs), so that the set names only what
     * is applied: it lands on about a quarter of the documents.
     */
    public static Set<Kind> choose(Random random) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Kind kind : Kind.values()) {
            if (random.nextBoolean()) {
                kinds.add(kind);
            }
        }
        if (kinds.contains(Kind.SPACED_INDICATOR_LABELS)) {
            kinds.remove(Kind.SPACED_LABELS_IN_TAB_ROWS);
        }
        return kinds;
    }

    /** The text with the artifacts put in. */
    public static String apply(String text, Report report, Set<Kind> kinds) {
        List<String> source = List.of(text.split("\n", -1));
        Zone[] zones = zones(source, report.year());
        Set<String> titles = new HashSet<>();
        Set<String> headers = new HashSet<>();
        Set<String> rowNames = new HashSet<>();
        for (DisclosureTable table : report.tables()) {
            titles.add(table.title());
            headers.addAll(DisclosureTextWriter.headers(table.type(), report.year()));
            for (TableRow row : table.rows()) {
                rowNames.add(row.name());
            }
        }
        List<String> lines = new ArrayList<>(source.size());
        // For each output line: the goal table it belongs to (0 for the first, -1 outside), and whether a source line
        // starts there (a layer may come only there, never within a wrapped row).
        List<Integer> goalOf = new ArrayList<>(source.size());
        List<Boolean> rowStarts = new ArrayList<>(source.size());
        int firstGoalEnd = -1;
        int goal = -1;
        int table = 0;
        int table1 = -1;
        int table2 = -1;
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i);
            Zone zone = zones[i];
            if (zone == Zone.TABLES && line.startsWith("预算公开表")) {
                table = Integer.parseInt(line.substring("预算公开表".length()));
                if (table == 1) {
                    table1 = lines.size();
                }
            }
            if (zone == Zone.TABLES && table2 < 0 && line.startsWith("表二")) {
                table2 = lines.size();
            }
            if (zone == Zone.GOAL && line.equals(GOAL_TITLE)) {
                goal++;
            }
            if (kinds.contains(Kind.NO_TABLE_LABELS) && zone == Zone.TABLES && isTableLabel(line)) {
                continue;
            }
            if (kinds.contains(Kind.DOUBLED_TITLES) && titles.contains(line)) {
                line = line + line;
            }
            if (kinds.contains(Kind.DOUBLED_BOLD_CELLS) && isBold(line, zone, headers)) {
                line = doubleCells(line);
            }
            if (kinds.contains(Kind.WRAPPED_NAMES) && zone == Zone.TABLES) {
                if (table == 1 || table == 4) {
                    line = wrapName(line, rowNames, NAME_WIDTH);
                } else if (table == 11) {
                    line = wrapName(line, rowNames, UNIT_WIDTH);
                } else if (table == 12 || table == 13) {
                    line = wrapName(line, rowNames, PROJECT_WIDTH);
                }
            }
            if (kinds.contains(Kind.WRAPPED_AMOUNTS) && zone == Zone.GOAL) {
                line = wrapAmounts(line);
            }
            if (kinds.contains(Kind.SPACED_INDICATOR_LABELS) && zone == Zone.GOAL) {
                line = spaceLabels(line);
            } else if (kinds.contains(Kind.SPACED_LABELS_IN_TAB_ROWS) && zone == Zone.GOAL) {
                line = spaceLabelsInCells(line);
            }
            if (kinds.contains(Kind.WRAPPED_PARAGRAPHS) && (zone == Zone.TEXT || zone == Zone.NARRATIVE)) {
                line = wrapParagraph(line);
            }
            if (kinds.contains(Kind.LOOK_ALIKE_CHARACTERS)) {
                line = lookAlikes(line);
            }
            boolean start = true;
            for (String out : line.split("\n", -1)) {
                lines.add(out);
                goalOf.add(zone == Zone.GOAL ? goal : -1);
                rowStarts.add(start);
                start = false;
            }
            if (zone == Zone.GOAL && goal == 0 && source.get(i).startsWith(INDICATOR_HEADER)) {
                firstGoalEnd = lines.size();
            }
        }
        if (kinds.contains(Kind.LAYERED_PAGES) && firstGoalEnd > 0) {
            lines = layered(lines, goalOf, rowStarts, lines.subList(goalOf.indexOf(0), firstGoalEnd));
        }
        if (kinds.contains(Kind.WATERMARKS)) {
            int middle = table1 < 0 || table2 < 0 ? -1 : (table1 + table2) / 2;
            lines = watermarked(lines, report.year(), middle);
        }
        if (kinds.contains(Kind.PAGE_FURNITURE)) {
            lines = paged(lines, report.unit().name() + report.year() + "年部门预算公开报告");
        }
        return String.join("\n", lines);
    }

    /** A table's label lines: {@code 表六2024年…} and {@code 预算公开表6}. */
    private static boolean isTableLabel(String line) {
        return line.startsWith("预算公开表") || TABLE_LABEL.matcher(line).lookingAt();
    }

    /**
     * The upper half of the first goal table drawn again wherever a page starts within a later goal table, before
     * a row (seed 000: the heading, (2024年度), 项目名称 商务执法办公经费, … down to
     * {@code 一级指标 二级指标 三级指标 指标值 …}, then the page's own rows). The layer's lines count on the page.
     */
    private static List<String> layered(List<String> lines, List<Integer> goalOf, List<Boolean> rowStarts,
                                        List<String> layer) {
        List<String> out = new ArrayList<>(lines.size() + layer.size() * 4);
        boolean named = false;
        boolean satisfied = false;
        for (int i = 0; i < lines.size(); i++) {
            int goal = goalOf.get(i);
            boolean within = goal >= 1 && goalOf.get(i - 1) == goal;
            if (within && named && !satisfied && rowStarts.get(i) && out.size() % PAGE_LINES == 0) {
                out.addAll(layer);
            }
            // A layer comes after the table has named its project (seed 000's come after its 项目资金 rows; one
            // right under the heading would leave the heading empty), and not after the satisfaction row, the last
            // of the template, after which the reader takes the table as finished.
            named = within && (named || lines.get(i).startsWith("项目名称"));
            satisfied = within && (satisfied || lines.get(i).contains("满"));
            out.add(lines.get(i));
        }
        return out;
    }

    /** The zone of each line: the tables lie between 第二部分 and 第三部分, goal tables within the narrative. */
    private static Zone[] zones(List<String> lines, int year) {
        Zone[] zones = new Zone[lines.size()];
        String tablesPart = "第二部分 " + year + "年部门预算报表";
        String goalYear = "(" + year + "年度)";
        Zone zone = Zone.TEXT;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals(tablesPart)) {
                zone = Zone.TABLES;
            } else if (line.startsWith("第三部分 ")) {
                zone = Zone.NARRATIVE;
            } else if (line.equals(GOAL_TITLE)) {
                zone = Zone.GOAL;
            } else if (zone == Zone.GOAL && line.indexOf('\t') < 0 && !line.equals(goalYear)) {
                zone = Zone.NARRATIVE;
            }
            zones[i] = zone;
        }
        return zones;
    }

    /** Lines the seeds print bold: table headers and totals, the note of an empty table, section headings. */
    private static boolean isBold(String line, Zone zone, Set<String> headers) {
        if (zone == Zone.TABLES) {
            return headers.contains(line) || line.equals("注：本表无数据") || isTotalRow(line);
        }
        return zone == Zone.NARRATIVE && line.indexOf('\t') < 0 && line.length() <= 30
                && SECTION_HEADING.matcher(line).matches() && !line.contains("：");
    }

    /** A row whose first cell with text names a total (合计, 本年收入合计, 收入总计, 部门合计). */
    private static boolean isTotalRow(String line) {
        for (String cell : line.split("\t", -1)) {
            String name = cell.strip();
            if (!name.isEmpty()) {
                return line.indexOf('\t') >= 0 && (name.endsWith("合计") || name.endsWith("总计"));
            }
        }
        return false;
    }

    /**
     * Each cell with at least two characters drawn twice, except integers, which the reader cannot tell from a
     * doubled number ({@code 1010}) and does not halve.
     */
    private static String doubleCells(String line) {
        String[] cells = line.split("\t", -1);
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            String text = cell.strip();
            boolean integer = text.chars().allMatch(ch -> Character.isDigit(ch) || ch == ',');
            if (text.length() >= 2 && !integer && (!Character.isDigit(text.charAt(0)) || DECIMAL.matcher(text)
                    .matches())) {
                int start = cell.indexOf(text);
                cells[c] = cell.substring(0, start) + text + text + cell.substring(start + text.length());
            }
        }
        return String.join("\t", cells);
    }

    /**
     * The first cell holding a row name longer than {@code width} wrapped: the line ends within the name,
     * the next line holds the rest of the name, and the row's later cells, when any has text, follow on a line of
     * their own (seed 004: {@code 八、社会保障和就业支\n出\n50.45 50.45}), in their columns.
     */
    private static String wrapName(String line, Set<String> rowNames, int width) {
        String[] cells = line.split("\t", -1);
        for (int c = 0; c < cells.length; c++) {
            String name = cells[c].strip();
            if (name.length() > width && rowNames.contains(name)) {
                int start = cells[c].indexOf(name);
                String before = String.join("\t", List.of(cells).subList(0, c));
                String after = String.join("\t", List.of(cells).subList(c + 1, cells.length));
                StringBuilder out = new StringBuilder();
                if (c > 0) {
                    out.append(before).append('\t');
                }
                out.append(cells[c], 0, start + width).append('\n').append(name.substring(width));
                if (!after.isBlank()) {
                    out.append('\n').append("\t".repeat(c + 1)).append(after);
                }
                return out.toString();
            }
        }
        return line;
    }

    /**
     * Each amount cell longer than {@link #AMOUNT_WIDTH} wrapped where the cell ends ({@code 6,643,\n429.84}), the
     * cells after it following on the same line as the rest of the amount.
     */
    private static String wrapAmounts(String line) {
        String[] cells = line.split("\t", -1);
        boolean changed = false;
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            if (cell.length() > AMOUNT_WIDTH && AMOUNT.matcher(cell).matches()) {
                cells[c] = cell.substring(0, AMOUNT_WIDTH) + "\n" + cell.substring(AMOUNT_WIDTH);
                changed = true;
            }
        }
        return changed ? String.join("\t", cells) : line;
    }

    /**
     * An indicator row as a PDF prints it (seed 004: {@code 工作完成率 100% 数 量 指\n标}): the cells separated by a
     * space, empty ones gone, each 一级 or 二级 label ({@code 数量指标}) spaced and wrapped every
     * {@link #LABEL_WIDTH} characters.
     */
    private static String spaceLabels(String line) {
        if (!line.startsWith("\t")) {
            return line;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t")) {
            if (cell.isEmpty()) {
                continue;
            }
            if (isIndicatorLabel(cell)) {
                cell = spaced(cell);
            }
            cells.add(cell);
        }
        return String.join(" ", cells);
    }

    /**
     * An indicator row keeping its tabs, each 一级 or 二级 label spaced and wrapped every {@link #LABEL_WIDTH}
     * characters within its cell, the row's later cells following the rest of the label on its line:
     * {@code \t产 出 指\n标\t数 量 指\n标\t完成工作任务数量\t≥145项…}.
     */
    private static String spaceLabelsInCells(String line) {
        if (!line.startsWith("\t")) {
            return line;
        }
        String[] cells = line.split("\t", -1);
        for (int c = 0; c < cells.length; c++) {
            if (isIndicatorLabel(cells[c])) {
                cells[c] = spaced(cells[c]);
            }
        }
        return String.join("\t", cells);
    }

    /** A 一级 or 二级 indicator label: {@code 产出指标}, {@code 服务对象满意度指标}. */
    private static boolean isIndicatorLabel(String cell) {
        return cell.length() >= 4 && cell.endsWith("指标") && cell.chars().allMatch(Character::isIdeographic);
    }

    /** A label spaced out and wrapped every {@link #LABEL_WIDTH} characters (seed 004: {@code 数 量 指\n标}). */
    private static String spaced(String label) {
        StringBuilder spaced = new StringBuilder(label.length() * 2);
        for (int k = 0; k < label.length(); k++) {
            if (k > 0) {
                spaced.append(k % LABEL_WIDTH == 0 ? '\n' : ' ');
            }
            spaced.append(label.charAt(k));
        }
        return spaced.toString();
    }

    /**
     * A paragraph broken every {@link #PARAGRAPH_WIDTH} characters; a break that would fall within a number or a
     * Latin word moves before it, and one that would start a line like a numbered item ({@code 二、}) moves back
     * one character, since a PDF line of prose starting so would be read as an item.
     */
    private static String wrapParagraph(String line) {
        if (line.length() <= PARAGRAPH_WIDTH || line.indexOf('\t') >= 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + line.length() / PARAGRAPH_WIDTH);
        int start = 0;
        while (line.length() - start > PARAGRAPH_WIDTH) {
            int cut = start + PARAGRAPH_WIDTH;
            while (cut > start + 1 && isWordChar(line.charAt(cut)) && isWordChar(line.charAt(cut - 1))) {
                cut--;
            }
            while (cut > start + 1 && ITEM_START.matcher(line.substring(cut, Math.min(line.length(), cut + 6)))
                    .matches()) {
                cut--;
            }
            out.append(line, start, cut).append('\n');
            start = cut;
        }
        return out.append(line, start, line.length()).toString();
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '%' || c == '-');
    }

    private static String lookAlikes(String line) {
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = LOOK_ALIKES.getOrDefault(chars[i], chars[i]);
        }
        return new String(chars);
    }

    /**
     * A watermark line in the middle of every page, and the tables' part heading, bold and so doubled, in the
     * middle of table 1 (seed 000: {@code 第二部分 第二部分 2024年部门预算报表2024年部门预算报表}).
     */
    private static List<String> watermarked(List<String> lines, int year, int middle) {
        List<String> out = new ArrayList<>(lines.size() + lines.size() / PAGE_LINES + 2);
        for (int i = 0; i < lines.size(); i++) {
            if (i == middle) {
                out.add("第二部分 第二部分 " + year + "年部门预算报表" + year + "年部门预算报表");
            }
            out.add(lines.get(i));
            if ((i + 1) % PAGE_LINES == PAGE_LINES / 2 && i + 1 < lines.size()) {
                out.add(WATERMARK);
            }
        }
        return out;
    }

    /** A page number and the running header after every {@link #PAGE_LINES} lines. */
    private static List<String> paged(List<String> lines, String header) {
        List<String> paged = new ArrayList<>();
        int page = 1;
        for (int i = 0; i < lines.size(); i++) {
            paged.add(lines.get(i));
            if ((i + 1) % PAGE_LINES == 0 && i + 1 < lines.size()) {
                paged.add("-" + page++ + "-");
                paged.add(header);
            }
        }
        return paged;
    }

    private ExtractionArtifacts() {
    }
}
