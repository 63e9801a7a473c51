package io.gongkai.ingest.layout;

import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.TableType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 2 of ingest: cuts repaired lines into the parts of a disclosure. Parts are recognised by their headings
 * (第一部分, 第三部分, 第四部分), tables by their titles ({@link TableTitles}), and performance-goal tables by their
 * heading wherever they stand; never by position. Stateless and thread-safe.
 */
public final class LayoutAnalyzer {

    private static final Pattern TABLE_LABEL = Pattern.compile(
            "^((预算公开表|部门公开表|单位公开表|公开表)[0-9]{1,2}|公开[0-9]{1,2}表"
                    + "|(附表|表)([0-9]{1,2}(-[0-9]{1,2})?|[一二三四五六七八九十]{1,3}))$");
    /** The characters a {@link #TABLE_LABEL} match starts with. */
    private static final String TABLE_LABEL_FIRST_CHARACTERS = "预部单公附表";
    private static final Pattern PART_HEADING = Pattern.compile("^第[一二三四五六七八九十]部分");
    private static final Pattern SECTION_HEADING = Pattern.compile("^([一二三四五六七八九十]{1,3})、");
    /** Lines after a title that may repeat it as part of the table header (屯留区 template). */
    private static final int HEADER_REPEAT_WINDOW = 6;
    /** An amount as tables print it (847.18); header lines have none (years and column numbers are integers). */
    /** The shortest piece of a table header recognised when repeated (合计 alone may be a row's label). */
    private static final int MIN_HEADER_PIECE = 4;
    private static final Pattern DECIMAL_FIGURE = Pattern.compile("\\d\\.\\d");

    private final TableTitles titles;

    public LayoutAnalyzer(TableTitles titles) {
        this.titles = titles;
    }

    /** Cuts the lines into parts. */
    public DocumentParts analyze(List<SourceLine> lines) {
        Builder b = new Builder();
        for (SourceLine line : lines) {
            b.accept(line);
        }
        return b.build();
    }

    /**
     * Whether {@link #analyze} may find a table in these lines: false means it finds none. A table starts only at
     * a line whose whitespace-free text, or its part after a section ordinal, the titles recognise, which needs
     * 表 and a character {@link TableTitles#mayRecognise} looks for in the line.
     */
    public boolean mayFindTables(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            String c = line.compact();
            if (c.indexOf('表') >= 0 && titles.mayRecognise(c)) {
                return true;
            }
        }
        return false;
    }

    /** A contents entry ends in a page number after dot leaders: 第一部分 概况......1, 附表1-1 …… 5. */
    static boolean isContentsEntry(String compactLine) {
        int i = compactLine.length();
        int digits = 0;
        while (i > 0 && Character.isDigit(compactLine.charAt(i - 1))) {
            i--;
            digits++;
        }
        if (digits == 0 || digits > 3) {
            return false;
        }
        int leaders = 0;
        while (i > 0 && ".…·．".indexOf(compactLine.charAt(i - 1)) >= 0) {
            char c = compactLine.charAt(--i);
            leaders += c == '…' ? 3 : 1;
        }
        return leaders >= 3;
    }

    /** Whether a line is only a table's label (表一, 附表1-1, 公开表3): the title follows on its own line. */
    private static boolean isTableLabel(String compactLine) {
        return !compactLine.isEmpty() && compactLine.length() <= 12
                && TABLE_LABEL_FIRST_CHARACTERS.indexOf(compactLine.charAt(0)) >= 0
                && TABLE_LABEL.matcher(compactLine).matches();
    }

    /** The Chinese ordinal of a narrative section heading (一、…), or -1. */
    public static int sectionOrdinal(String compactLine) {
        if (compactLine.isEmpty() || "一二三四五六七八九十".indexOf(compactLine.charAt(0)) < 0) {
            return -1;
        }
        Matcher m = SECTION_HEADING.matcher(compactLine);
        return m.find() ? ChineseNumerals.parse(m.group(1)) : -1;
    }

    /** Whether a line is the heading of a 项目支出绩效目标表. */
    public static boolean isGoalHeading(String compactLine) {
        return compactLine.contains("项目支出绩效目标表") && compactLine.length() <= 60
                && !compactLine.startsWith("（") && !compactLine.startsWith("(") && !compactLine.contains("，");
    }

    /** Whether a line is the heading of a 项目支出绩效自评表 (final accounts). */
    public static boolean isSelfEvaluationHeading(String compactLine) {
        return compactLine.endsWith("绩效自评表") && compactLine.length() <= 60 && !compactLine.contains("，")
                && !compactLine.startsWith("（") && !compactLine.startsWith("(");
    }

    /**
     * Whether a line opens a 项目支出绩效目标申报表 attached after the self-evaluations: its heading, or the first
     * cell of its form (实施期资金总额), which a layered PDF page puts before the heading.
     */
    static boolean opensGoalDeclaration(String compactLine) {
        return compactLine.contains("绩效目标申报表") && compactLine.length() <= 60
                || compactLine.startsWith("实施期资金");
    }

    /**
     * The heading of an attachment part (附件 项目支出绩效目标表, 附件 项目支出绩效自评表) that stands before the tables
     * it holds, or as an entry of the contents: not a table of its own.
     */
    private static final Pattern ATTACHMENT_PART_HEADING =
            Pattern.compile("附件\\d*[：:]?(项目)?(支出)?绩效(目标|自评)表");

    private enum Part { PREAMBLE, OVERVIEW, TABLES, TABLE, NARRATIVE, GOALS, GLOSSARY, SELF_EVALUATIONS }

    /** The part a 第X部分 heading opens, judged by its words, not its number. */
    private static Part partNamed(String heading) {
        if (heading.contains("名词解释") || heading.contains("专业名词")) {
            return Part.GLOSSARY;
        }
        if (heading.contains("概况") || heading.contains("基本情况") || heading.contains("职责")
                || heading.contains("职能")) {
            return Part.OVERVIEW;
        }
        if (heading.endsWith("表") || heading.contains("报表") || heading.contains("公开表")) {
            return Part.TABLES;
        }
        if (heading.contains("说明") || heading.contains("情况")) {
            return Part.NARRATIVE;
        }
        return null;
    }

    private final class Builder {
        private final List<SourceLine> overview = new ArrayList<>();
        private final List<TableBlock> tables = new ArrayList<>();
        private final List<SourceLine> narrative = new ArrayList<>();
        private final List<SourceLine> goals = new ArrayList<>();
        private final List<SourceLine> glossary = new ArrayList<>();
        private final List<List<SourceLine>> selfEvaluations = new ArrayList<>();
        private Part part = Part.PREAMBLE;
        private Part beforeGoals = Part.NARRATIVE;
        private TableType tableType;
        private SourceLine tableTitle;
        private boolean titleIsHeading;
        private List<SourceLine> tableLines = new ArrayList<>();
        private int lastSection;

        void accept(SourceLine line) {
            String c = line.compact();
            if (isContentsEntry(c) || isTableLabel(c)) {
                return;
            }
            if (c.startsWith("第") && PART_HEADING.matcher(c).find()) {
                Part next = partNamed(c);
                if (next == Part.TABLES && part == Part.TABLE) {
                    return; // the part's heading printed on a page inside a table
                }
                if (next != null) {
                    switchTo(next);
                    return;
                }
            }
            if (c.startsWith("附件") && ATTACHMENT_PART_HEADING.matcher(c).matches()) {
                if (c.endsWith("自评表")) {
                    switchTo(Part.SELF_EVALUATIONS);
                }
                return;
            }
            if (isSelfEvaluationHeading(c)) {
                switchTo(Part.SELF_EVALUATIONS);
                selfEvaluations.add(new ArrayList<>(List.of(line)));
                return;
            }
            if (part == Part.SELF_EVALUATIONS && opensGoalDeclaration(c)) {
                beforeGoals = part;
                switchTo(Part.GOALS);
            }
            if (part == Part.SELF_EVALUATIONS) {
                if (!selfEvaluations.isEmpty()) { // before the first table: the part heading's own lines
                    selfEvaluations.get(selfEvaluations.size() - 1).add(line);
                }
                return;
            }
            if (isGoalHeading(c)) {
                if (part != Part.GOALS) {
                    beforeGoals = part;
                    switchTo(Part.GOALS);
                }
                goals.add(line);
                return;
            }
            if (part == Part.GOALS) {
                int ordinal = sectionOrdinal(c);
                if (ordinal > lastSection && beforeGoals == Part.NARRATIVE) {
                    switchTo(Part.NARRATIVE);
                } else {
                    goals.add(line);
                    return;
                }
            }
            // A title contains 表; so does any text recognise() accepts, which is the line or its end.
            if (part != Part.NARRATIVE && part != Part.GLOSSARY && c.indexOf('表') >= 0 && tookAsTitle(line, c)) {
                return;
            }
            add(line, c);
        }

        /**
         * Takes a line that names a table as its title (starting the table, or repeating the title of the table
         * just started) and says whether it did. Apart from {@link #accept}, so that the JIT compiles the rare
         * path on its own.
         */
        private boolean tookAsTitle(SourceLine line, String c) {
            // 二、收入决算表: a heading naming the table whose title follows
            Optional<TableType> named = sectionOrdinal(c) > 0
                    ? titles.recognise(SECTION_HEADING.matcher(c).replaceFirst("")) : Optional.empty();
            boolean heading = named.isPresent();
            Optional<TableType> type = heading ? named : titles.recognise(c);
            if (type.isEmpty()) {
                return false;
            }
            if (part == Part.TABLE && type.get() == tableType && tableLines.size() <= HEADER_REPEAT_WINDOW) {
                if (titleIsHeading && !heading) {
                    tableTitle = line; // the title proper, after the heading that named it
                    titleIsHeading = false;
                }
                return true;
            }
            titleIsHeading = heading;
            startTable(type.get(), line);
            return true;
        }

        private void add(SourceLine line, String c) {
            switch (part) {
                case OVERVIEW -> overview.add(line);
                case TABLE -> tableLines.add(line);
                case NARRATIVE -> {
                    int ordinal = sectionOrdinal(c);
                    if (ordinal > 0) {
                        lastSection = Math.max(lastSection, ordinal);
                    }
                    narrative.add(line);
                }
                case GLOSSARY -> glossary.add(line);
                default -> { }
            }
        }

        private void startTable(TableType type, SourceLine title) {
            closeTable();
            part = Part.TABLE;
            tableType = type;
            tableTitle = title;
            tableLines = new ArrayList<>();
        }

        private void switchTo(Part next) {
            closeTable();
            part = next;
        }

        private void closeTable() {
            if (tableType != null) {
                tables.add(new TableBlock(tableType, tableTitle, withoutRepeatedHeaders(tableLines)));
                tableType = null;
            }
        }

        /**
         * A table that runs over a page break may print its header rows again at the top of the next page (our
         * own PDF does, as print CSS repeats a table's header; so do many published PDFs). Lines at the top of a
         * later page that repeat a header line (a line before the table's first figure with decimals), or a piece
         * of the header's text at least four characters long (merged header cells may be cut into lines
         * differently on the repeat), are dropped, so that the parsers do not take them for rows or for the tail
         * of a wrapped name. Only lines that know their page are judged: text without pages is left as it is.
         */
        private List<SourceLine> withoutRepeatedHeaders(List<SourceLine> lines) {
            Set<String> header = new HashSet<>();
            StringBuilder headerText = new StringBuilder();
            int i = 0;
            while (i < lines.size() && !DECIMAL_FIGURE.matcher(lines.get(i).text()).find()) {
                String c = lines.get(i).compact();
                if (!c.isEmpty()) {
                    header.add(c);
                    headerText.append(c);
                }
                i++;
            }
            String joinedHeader = headerText.toString();
            List<SourceLine> kept = new ArrayList<>(lines.subList(0, i));
            boolean pageTop = false;
            int page = i == 0 ? 0 : lines.get(i - 1).page();
            for (; i < lines.size(); i++) {
                SourceLine line = lines.get(i);
                if (line.page() > 0 && line.page() != page) {
                    pageTop = true;
                    page = line.page();
                }
                String c = line.compact();
                if (pageTop && (c.isEmpty() || header.contains(c)
                        || c.length() >= MIN_HEADER_PIECE && joinedHeader.contains(c))) {
                    continue;
                }
                pageTop = false;
                kept.add(line);
            }
            return kept;
        }

        DocumentParts build() {
            closeTable();
            return new DocumentParts(overview, withoutContentsEntries(tables), narrative, goals, glossary,
                    selfEvaluations);
        }

        /**
         * A table named twice (a contents page that lists titles without page numbers) keeps the block with the
         * most lines; the others were only its name.
         */
        private List<TableBlock> withoutContentsEntries(List<TableBlock> blocks) {
            List<TableBlock> kept = new ArrayList<>();
            for (TableBlock block : blocks) {
                int same = -1;
                for (int i = 0; i < kept.size(); i++) {
                    if (kept.get(i).type() == block.type()) {
                        same = i;
                    }
                }
                if (same < 0) {
                    kept.add(block);
                } else if (block.lines().size() > kept.get(same).lines().size()) {
                    kept.set(same, block);
                }
            }
            return kept;
        }
    }
}
