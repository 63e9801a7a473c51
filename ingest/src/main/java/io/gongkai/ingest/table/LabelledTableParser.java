package io.gongkai.ingest.table;

import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.layout.TableBlock;
import io.gongkai.ingest.table.ColumnAssigner.Hint;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tables whose rows are named, not coded: 10 “三公”经费 (fixed item names), 11 机关运行经费 (部门合计 and units) and
 * 12/13 项目支出 (department → unit → project, with levels shown by ideographic indentation). A name that wraps
 * continues on the next unindented line until the row's numbers come.
 */
final class LabelledTableParser implements TableParser {

    /** The fixed rows of table 10, by their name without brackets' width differences. */
    private static final Map<String, String[]> THREE_PUBLIC_ROWS = Map.of(
            "因公出国(境)费", new String[] {RowKeys.ABROAD, "1"},
            "因公出国(境)费用", new String[] {RowKeys.ABROAD, "1"},
            "公务接待费", new String[] {RowKeys.RECEPTION, "1"},
            "公务用车购置及运行费", new String[] {RowKeys.VEHICLES, "1"},
            "公务用车购置及运行维护费", new String[] {RowKeys.VEHICLES, "1"},
            "公务用车购置费", new String[] {RowKeys.VEHICLE_PURCHASE, "2"},
            "公务用车运行维护费", new String[] {RowKeys.VEHICLE_OPERATION, "2"},
            "公务用车运行费", new String[] {RowKeys.VEHICLE_OPERATION, "2"});
    private static final int LABEL_COLUMNS = 1;
    /** Item markers before a fixed row name: ①, 1., 1、, (1), （一）. */
    private static final Pattern MARKER = Pattern.compile("^([①②③④⑤⑥⑦⑧⑨⑩]|\\d[.、．]|\\(\\d\\)|\\([一二三四五六七八九十]\\)|[一二三四五六七八九十]、)");

    private final TableType type;
    private final RowIdentity identity;

    LabelledTableParser(TableType type, RowIdentity identity) {
        this.type = type;
        this.identity = identity;
    }

    /**
     * The text tokens of a line joined and without whitespace ({@link Texts#compact} of their concatenation), in
     * one builder: whitespace is removed character by character, so removing it piece by piece gives the same.
     */
    private static String compactText(List<Token> tokens) {
        StringBuilder out = null;
        for (Token t : tokens) {
            if (t.isNumber()) {
                continue;
            }
            String text = t.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Texts.isSpace(c)) {
                    if (out == null) {
                        out = new StringBuilder();
                    }
                    out.append(c);
                }
            }
        }
        return out == null ? "" : out.toString();
    }

    @Override
    public DisclosureTable parse(TableBlock block, List<IngestIssue> issues) {
        List<ColumnVocabulary.Entry> vocabulary = ColumnVocabulary.of(type, Side.NONE);
        List<List<Token>> header = new ArrayList<>(); // the header lines' tokens
        ColumnLayout layout = null;
        boolean empty = false;
        boolean started = false;
        List<List<Token>> lineTokens = new ArrayList<>(block.lines().size()); // each line tokenized once
        for (SourceLine line : block.lines()) {
            lineTokens.add(LineTokenizer.tokenize(line));
        }
        boolean hasColumnNumbers = lineTokens.stream().anyMatch(TableText::isColumnNumbers);
        List<PendingRow> pending = new ArrayList<>();
        for (int i = 0; i < block.lines().size(); i++) {
            SourceLine line = block.lines().get(i);
            String compact = line.compact();
            if (TableText.isEmptyNote(compact)) {
                empty = true;
                continue;
            }
            List<Token> tokens = lineTokens.get(i);
            if (tokens.isEmpty()) {
                continue;
            }
            if (TableText.isColumnNumbers(tokens)) {
                started = true;
                continue;
            }
            if (ColumnLayout.isHeaderLine(tokens, vocabulary)) {
                if (!started) {
                    header.add(tokens);
                }
                continue;
            }
            String name = compactText(tokens);
            if (!started) {
                started = !hasColumnNumbers && isDataStart(name, tokens);
                if (!started) {
                    header.add(tokens);
                    continue;
                }
            }
            if (layout == null) {
                layout = ColumnLayout.learn(header, type.columns(Side.NONE), vocabulary);
            }
            PendingRow last = pending.isEmpty() ? null : pending.get(pending.size() - 1);
            if (!name.isEmpty() && (last == null || !continues(last, name, line))) {
                last = new PendingRow(line);
                last.indentation = LineTokenizer.indentation(line);
                pending.add(last);
            }
            if (last == null) {
                continue;
            }
            if (!name.isEmpty()) {
                last.nameParts.add(name);
            }
            for (Token t : tokens) {
                if (t.isNumber()) {
                    Hint located = layout.hint(t);
                    last.addNumber(t, located != null ? located : t.cell() >= 0
                            ? new Hint(t.cell() - LABEL_COLUMNS, -1) : new Hint(-1, t.blanksBefore()));
                }
            }
        }
        if (layout == null) {
            layout = ColumnLayout.canonical(type.columns(Side.NONE));
        }
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            PendingRow row = pending.get(i);
            classify(row, i);
            rows.add(row.build(layout.order(), identity, issues));
        }
        return new DisclosureTable(type, TableTitles.printedTitle(block.title().text()), empty, rows, block.title().ref());
    }

    private boolean isDataStart(String name, List<Token> tokens) {
        if (name.isEmpty()) {
            return false;
        }
        if (type == TableType.THREE_PUBLIC) {
            return rowOf(name) != null || TableText.isTotalLabel(name) && tokens.size() <= 5
                    && !TableText.isHeaderText(name);
        }
        if (TableText.isTotalLabel(name)) {
            return true;
        }
        if (type == TableType.OPERATING_COSTS) {
            return tokens.stream().anyMatch(Token::isNumber) && !TableText.isHeaderText(name);
        }
        return !TableText.isHeaderText(name) && name.length() > 3 && !name.matches(".*\\d{4}年.*");
    }

    private boolean continues(PendingRow last, String name, SourceLine line) {
        return last.numbers.isEmpty() && LineTokenizer.indentation(line) == 0
                && rowOf(last.name()) == null && !TableText.isTotalLabel(last.name())
                && rowOf(name) == null && !TableText.isTotalLabel(name);
    }

    private void classify(PendingRow row, int index) {
        String name = row.name();
        String[] fixed = rowOf(name);
        if (TableText.isTotalLabel(name)) {
            row.key = RowKeys.TOTAL;
            row.level = 0;
        } else if (fixed != null) {
            row.key = fixed[0];
            row.level = Integer.parseInt(fixed[1]);
        } else if (type == TableType.OPERATING_COSTS) {
            row.key = RowKeys.UNIT_SUBTOTAL;
            row.level = 1;
        } else if (index == 0) {
            row.key = RowKeys.TOTAL;
            row.level = 0;
        } else if (row.indentation == 1) {
            row.key = RowKeys.UNIT_SUBTOTAL;
            row.level = 1;
        } else {
            row.key = RowKeys.PROJECT;
            row.level = 2;
        }
    }

    private String[] rowOf(String name) {
        if (type != TableType.THREE_PUBLIC) {
            return null;
        }
        String key = MARKER.matcher(name.replace('（', '(').replace('）', ')')).replaceFirst("");
        return THREE_PUBLIC_ROWS.get(key);
    }
}
