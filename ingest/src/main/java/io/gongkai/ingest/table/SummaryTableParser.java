package io.gongkai.ingest.table;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.catalog.classification.ClassificationLevel;
import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.layout.TableBlock;
import io.gongkai.ingest.table.ColumnAssigner.Hint;
import io.gongkai.ingest.table.ColumnVocabulary.Entry;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The two-sided summary tables (1 预算收支总表 and 4 财政拨款收支总表), where one printed line carries an income
 * row and an expenditure row side by side, and long labels wrap onto the next lines. The table is read as one
 * stream of labels and numbers: a label starts at an ordinal (一、…三十、, （一）), a total label (本年收入合计 …),
 * an income source or a function class name; a piece of text that starts none of these continues the label
 * before it; numbers belong to the label before them. A label's side is known from its meaning: function classes
 * end in 支出 (and 预备费); income sources do not.
 *
 * <p>Final accounts (公开01 and 04) print a 行次 after each label: there the first whole number after a label is
 * its line number, a whole number that finds its label numbered already belongs to a blank row and is dropped,
 * a label is complete once numbered (text after it starts the next label), and a label that never receives a
 * line number is not a row (the note under the table). Their header runs to the 栏次 line.
 */
final class SummaryTableParser implements TableParser {

    /** The patterns of the ordinals; {@link LabelOrdinals} finds the same by scanning (a test compares them). */
    static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])");
    static final Pattern SUB_ORDINAL = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)]");
    static final Pattern SPLIT_AT_ORDINAL = Pattern.compile(
            "(?<![一二三四五六七八九十（(])(?=[一二三四五六七八九十]{1,3}、)|(?=[（(][一二三四五六七八九十]{1,3}[）)])");
    /**
     * What follows a source's name in income labels: 一般公共预算拨款收入, 一般公共预算财政拨款. Removed by
     * {@link #withoutSourceSuffix}, which SummaryLabelsTest compares with {@code replaceFirst("")} of this.
     */
    static final Pattern SOURCE_SUFFIX = Pattern.compile("(财政拨款|拨款)?(收入)?$");
    private static final Map<String, String> INCOME_TOTALS = Map.of(
            "本年收入合计", RowKeys.CURRENT_INCOME_TOTAL, "收入合计", RowKeys.CURRENT_INCOME_TOTAL,
            "本年收入", RowKeys.CURRENT_INCOME_TOTAL,
            "上年结转", RowKeys.CARRYOVER, "上年财政拨款结转", RowKeys.CARRYOVER, "上年结转结余", RowKeys.CARRYOVER,
            "收入总计", RowKeys.INCOME_GRAND_TOTAL);
    private static final Map<String, String> FA_INCOME_TOTALS = Map.of(
            "本年收入合计", RowKeys.CURRENT_INCOME_TOTAL,
            "使用非财政拨款结余", RowKeys.NON_FISCAL_BALANCE_USED,
            "使用非财政拨款结余和专用结余", RowKeys.NON_FISCAL_BALANCE_USED,
            "年初结转和结余", RowKeys.OPENING_BALANCE, "年初财政拨款结转和结余", RowKeys.OPENING_BALANCE,
            "收入总计", RowKeys.INCOME_GRAND_TOTAL);
    private static final Map<String, String> FA_EXPENDITURE_TOTALS = Map.of(
            "本年支出合计", RowKeys.CURRENT_EXPENDITURE_TOTAL, "结余分配", RowKeys.BALANCE_DISTRIBUTION,
            "年末结转和结余", RowKeys.CLOSING_BALANCE, "年末财政拨款结转和结余", RowKeys.CLOSING_BALANCE,
            "支出总计", RowKeys.EXPENDITURE_GRAND_TOTAL);
    private static final Map<String, String> EXPENDITURE_TOTALS = Map.of(
            "本年支出合计", RowKeys.CURRENT_EXPENDITURE_TOTAL, "支出合计", RowKeys.CURRENT_EXPENDITURE_TOTAL,
            "年终结转", RowKeys.YEAR_END_CARRYOVER, "年末结转", RowKeys.YEAR_END_CARRYOVER,
            "年终结转结余", RowKeys.YEAR_END_CARRYOVER, "支出总计", RowKeys.EXPENDITURE_GRAND_TOTAL);
    /** Names of the function classes (类), which head expenditure rows even without an ordinal. */
    private static final Set<String> CLASS_NAMES = ClassificationCatalog.functional(2024).all().stream()
            .filter(c -> c.level() == ClassificationLevel.CLASS).map(Classification::name)
            .collect(Collectors.toUnmodifiableSet());

    /** How many lines from the top of a table its header may take. */
    private static final int HEADER_SCAN = 20;

    private final TableType type;
    /** Whether this is a final-accounts table (公开01 or 04), whose rows may print a 行次. */
    private final boolean finalAccounts;
    private final Map<String, String> incomeTotals;
    private final Map<String, String> expenditureTotals;

    SummaryTableParser(TableType type) {
        this.type = type;
        this.finalAccounts = type.kind() == io.gongkai.model.ReportKind.FINAL_ACCOUNTS;
        this.incomeTotals = finalAccounts ? FA_INCOME_TOTALS : INCOME_TOTALS;
        this.expenditureTotals = finalAccounts ? FA_EXPENDITURE_TOTALS : EXPENDITURE_TOTALS;
    }

    @Override
    public DisclosureTable parse(TableBlock block, List<IngestIssue> issues) {
        boolean numbered = finalAccounts && block.lines().stream().limit(HEADER_SCAN)
                .anyMatch(l -> l.compact().contains("行次"));
        List<Entry> incomeWords = ColumnVocabulary.of(type, Side.INCOME);
        List<Entry> expenditureWords = ColumnVocabulary.of(type, Side.EXPENDITURE);
        List<List<Token>> header = new ArrayList<>(); // the header lines' tokens
        ColumnLayout incomeLayout = null;
        ColumnLayout expenditureLayout = null;
        boolean empty = false;
        List<PendingRow> labels = new ArrayList<>();
        PendingRow current = null;
        boolean underHeading = false;
        boolean grandTotalSeen = false;
        boolean inHeader = numbered && block.lines().stream().anyMatch(l -> l.compact().startsWith("栏次"));
        for (SourceLine line : block.lines()) {
            if (TableText.isEmptyNote(line.compact())) {
                empty = true;
                continue;
            }
            List<Token> tokens = LineTokenizer.tokenize(line);
            boolean headerLine = ColumnLayout.isHeaderLine(tokens, expenditureWords);
            if (inHeader) {
                header.add(tokens);
                inHeader = !line.compact().startsWith("栏次");
                continue;
            }
            if (incomeLayout == null) {
                if (headerLine || !startsLabel(tokens)) {
                    header.add(tokens);
                    continue;
                }
                incomeLayout = ColumnLayout.learn(header, type.columns(Side.INCOME), incomeWords);
                expenditureLayout = ColumnLayout.learn(header, type.columns(Side.EXPENDITURE), expenditureWords);
            } else if (headerLine) {
                continue;
            }
            int previousCell = -1;
            for (Token token : tokens) {
                if (token.isNumber() && numbered && isWholeNumber(token)) {
                    if (current != null && current.lineNumber == null) {
                        current.lineNumber = token.value().intValueExact();
                    }
                } else if (token.isNumber()) {
                    if (current != null && !(current.side == Side.INCOME && !current.numbers.isEmpty())) {
                        ColumnLayout layout = current.side == Side.INCOME ? incomeLayout : expenditureLayout;
                        current.addNumber(token, hint(token, previousCell, layout));
                    }
                } else {
                    for (String piece : splitAtOrdinals(Texts.compact(token.text()))) {
                        if (piece.isEmpty()) {
                            continue;
                        }
                        PendingRow label = startLabel(piece, line, underHeading);
                        if (label == null && numbered && (current == null || current.lineNumber != null)) {
                            label = provisionalLabel(piece, line, underHeading);
                        }
                        if (label != null) {
                            if (finalAccounts && "总计".equals(piece)) {
                                label.side = grandTotalSeen ? Side.EXPENDITURE : Side.INCOME;
                                label.key = grandTotalSeen ? RowKeys.EXPENDITURE_GRAND_TOTAL
                                        : RowKeys.INCOME_GRAND_TOTAL;
                                grandTotalSeen = true;
                                label.level = 0;
                                underHeading = false;
                            }
                            labels.add(label);
                            current = label;
                            if (label.side == Side.INCOME && label.level == 0) {
                                underHeading = RowKeys.CARRYOVER.equals(label.key)
                                        || RowKeys.OPENING_BALANCE.equals(label.key)
                                        || "本年收入".equals(withoutOrdinal(label.name()));
                            }
                        } else if (current != null && current.numbers.isEmpty()
                                && (current.level > 0 || numbered) && current.lineNumber == null) {
                            current.nameParts.add(piece);
                            reclassify(current);
                            if (numbered && current.side == Side.INCOME && current.level == 0) {
                                underHeading = RowKeys.OPENING_BALANCE.equals(current.key);
                            }
                        }
                    }
                }
                previousCell = token.cell();
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (PendingRow label : labels) {
            if (numbered && label.lineNumber == null) {
                continue; // text that is not a row: the note under the table, a label cut from its 行次
            }
            ColumnLayout layout = label.side == Side.INCOME ? incomeLayout : expenditureLayout;
            rows.add(label.build(layout.order(), identity(label.side), issues));
        }
        return new DisclosureTable(type, TableTitles.printedTitle(block.title().text()), empty, rows,
                block.title().ref());
    }

    /** The text cut before each ordinal ({@link #SPLIT_AT_ORDINAL}), by {@link LabelOrdinals#split}. */
    private static String[] splitAtOrdinals(String text) {
        return LabelOrdinals.split(text);
    }

    /** The text without its leading {@link #ORDINAL}. */
    private static String withoutOrdinal(String text) {
        int length = LabelOrdinals.leading(text);
        return length == 0 ? text : text.substring(length);
    }

    private static boolean isWholeNumber(Token token) {
        return token.value().scale() == 0 && token.text().indexOf(',') < 0 && token.value().signum() > 0
                && token.value().compareTo(BigDecimal.valueOf(999)) <= 0;
    }

    /** A numbered table's label that starts with words no label starts with; it is a row once numbered. */
    private PendingRow provisionalLabel(String piece, SourceLine line, boolean underHeading) {
        PendingRow row = new PendingRow(line);
        row.nameParts.add(piece);
        row.level = underHeading ? 2 : 1;
        reclassify(row);
        return row;
    }

    private boolean startsLabel(List<Token> tokens) {
        for (Token t : tokens) {
            if (!t.isNumber()) {
                for (String piece : splitAtOrdinals(Texts.compact(t.text()))) {
                    if (!piece.isEmpty() && labelKind(piece) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What a piece of text starts, or null when it starts no label. */
    private String labelKind(String piece) {
        String bare = withoutOrdinal(piece);
        if (incomeTotals.containsKey(piece) || expenditureTotals.containsKey(piece)
                || finalAccounts && "总计".equals(piece)) {
            return "total";
        }
        if (LabelOrdinals.leading(piece) > 0) {
            return "ordinal";
        }
        if (CLASS_NAMES.contains(bare) || incomeSourceKey(bare, finalAccounts) != null) {
            return "name";
        }
        return null;
    }

    private PendingRow startLabel(String piece, SourceLine line, boolean underHeading) {
        if (labelKind(piece) == null) {
            return null;
        }
        String bare = withoutOrdinal(piece);
        String incomeTotal = incomeTotals.containsKey(piece) ? incomeTotals.get(piece) : incomeTotals.get(bare);
        String expenditureTotal = expenditureTotals.containsKey(piece) ? expenditureTotals.get(piece)
                : expenditureTotals.get(bare);
        PendingRow row = new PendingRow(line);
        row.nameParts.add(piece);
        if (incomeTotal != null || expenditureTotal != null) {
            row.side = incomeTotal != null ? Side.INCOME : Side.EXPENDITURE;
            row.key = incomeTotal != null ? incomeTotal : expenditureTotal;
            row.level = 0;
            return row;
        }
        row.level = LabelOrdinals.leadingBracketed(piece) > 0 || underHeading ? 2 : 1;
        reclassify(row);
        return row;
    }

    /** Decides the side and key of a label from its (possibly still growing) name. */
    private void reclassify(PendingRow row) {
        String fullName = row.name();
        String name = withoutOrdinal(fullName);
        if (finalAccounts && (incomeTotals.containsKey(name) || expenditureTotals.containsKey(name))) {
            row.side = incomeTotals.containsKey(name) ? Side.INCOME : Side.EXPENDITURE;
            row.key = incomeTotals.containsKey(name) ? incomeTotals.get(name) : expenditureTotals.get(name);
            row.level = 0;
            return;
        }
        boolean expenditure = name.endsWith("支出") || name.equals("预备费") || name.endsWith("支");
        row.side = expenditure ? Side.EXPENDITURE : Side.INCOME;
        if (expenditure && LabelOrdinals.leadingBracketed(fullName) == 0) {
            row.level = 1;
        }
        row.key = expenditure ? null : incomeSourceKey(name, finalAccounts);
    }

    /** The key of an income source label, or null while a wrapped label is still incomplete. */
    private static String incomeSourceKey(String name, boolean finalAccounts) {
        return sourceKey(withoutSourceSuffix(name), finalAccounts);
    }

    /** The key of an income source by its name without the suffix, or null. */
    static String sourceKey(String source, boolean finalAccounts) {
        String key = switch (source) {
            case "一般公共预算" -> RowKeys.GPB;
            case "政府性基金预算", "政府性基金" -> RowKeys.FUND;
            case "国有资本经营预算" -> RowKeys.SOE;
            case "财政专户管理资金" -> RowKeys.SPECIAL;
            case "单位资金" -> RowKeys.UNIT;
            default -> null;
        };
        if (key != null || !finalAccounts) {
            return key;
        }
        return switch (source) {
            case "上级补助" -> RowKeys.SUPERIOR;
            case "事业" -> RowKeys.BUSINESS;
            case "经营" -> RowKeys.OPERATING;
            case "附属单位上缴" -> RowKeys.AFFILIATED;
            case "其他" -> RowKeys.OTHER;
            default -> null;
        };
    }

    /**
     * The name without the longest of its endings that {@link #SOURCE_SUFFIX} matches (财政拨款收入, 财政拨款,
     * 拨款收入, 收入, 拨款): the leftmost match of a pattern anchored at the end is the longest suffix it accepts.
     * (The pattern's {@code $} also matches before a final line terminator; a name ending in one is no source name
     * either way.)
     */
    static String withoutSourceSuffix(String name) {
        int cut;
        if (name.endsWith("收入")) {
            cut = name.endsWith("财政拨款收入") ? 6 : name.endsWith("拨款收入") ? 4 : 2;
        } else if (name.endsWith("拨款")) {
            cut = name.endsWith("财政拨款") ? 4 : 2;
        } else {
            return name;
        }
        return name.substring(0, name.length() - cut);
    }

    private RowIdentity identity(Side side) {
        if (side != Side.EXPENDITURE) {
            return RowIdentity.NONE;
        }
        List<String> columns = type.columns(side);
        return new RowIdentity(columns.get(0), columns.subList(1, columns.size()));
    }

    private static Hint hint(Token token, int previousCell, ColumnLayout layout) {
        Hint located = layout.hint(token);
        if (located != null) {
            return located;
        }
        if (token.cell() >= 0) {
            return new Hint(-1, previousCell < 0 ? -1 : token.cell() - previousCell - 1);
        }
        return new Hint(-1, token.blanksBefore());
    }

}
