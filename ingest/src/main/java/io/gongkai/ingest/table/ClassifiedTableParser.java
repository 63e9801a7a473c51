package io.gongkai.ingest.table;

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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables whose rows are classification codes (类/款/项) under a 合计 row: tables 2, 3, 5, 7 and 8. A row starts
 * with its code or with 合计; a line that starts with neither continues the row above (a wrapped name or its
 * numbers). The header before the first row tells the printed column order; numbers are placed into columns by
 * the row's arithmetic and the layout ({@link ColumnAssigner}).
 */
final class ClassifiedTableParser implements TableParser {

    static final Pattern CODE = Pattern.compile("\\d{3}(\\d{2}){0,2}");
    /** Code and name come before the amounts. */
    private static final int LABEL_COLUMNS = 2;

    private final TableType type;
    private final Side side;
    private final RowIdentity identity;

    ClassifiedTableParser(TableType type, RowIdentity identity) {
        this.type = type;
        this.side = type.twoSided() ? Side.EXPENDITURE : Side.NONE;
        this.identity = identity;
    }

    @Override
    public DisclosureTable parse(TableBlock block, List<IngestIssue> issues) {
        List<String> canonical = type.columns(side);
        List<Entry> vocabulary = ColumnVocabulary.of(type, side);
        List<List<Token>> header = new ArrayList<>(); // the header lines' tokens
        ColumnLayout layout = null;
        boolean empty = false;
        List<TableRow> rows = new ArrayList<>();
        PendingRow pending = null;
        for (SourceLine line : block.lines()) {
            if (TableText.isEmptyNote(line.compact())) {
                empty = true;
                continue;
            }
            if (TableText.isNote(line.compact())) {
                continue;
            }
            List<Token> tokens = LineTokenizer.tokenize(line);
            if (tokens.isEmpty() || TableText.isColumnNumbers(tokens)) {
                continue;
            }
            PendingRow started = startRow(tokens, line);
            if (layout == null) {
                if (started == null) {
                    header.add(tokens);
                    continue;
                }
                layout = ColumnLayout.learn(header, canonical, vocabulary);
            } else if (started == null && ColumnLayout.isHeaderLine(tokens, vocabulary)) {
                continue;
            }
            if (started != null) {
                finish(pending, rows, layout, issues);
                pending = started;
                addNumbers(pending, tokens, layout);
            } else if (pending != null) {
                continueRow(pending, tokens, layout);
            }
        }
        finish(pending, rows, layout, issues);
        return new DisclosureTable(type, TableTitles.printedTitle(block.title().text()), empty, rows,
                block.title().ref());
    }

    private PendingRow startRow(List<Token> tokens, SourceLine line) {
        Token first = tokens.get(0);
        if (!first.isNumber() && TableText.isTotalLabel(Texts.compact(first.text()))) {
            PendingRow row = new PendingRow(line);
            row.nameParts.add(Texts.compact(first.text()));
            row.key = RowKeys.TOTAL;
            row.level = 0;
            row.side = side;
            return row;
        }
        boolean codeAlone = tokens.size() == 1 && first.text().length() >= 3;
        if (first.isNumber() && CODE.matcher(first.text()).matches()
                && (codeAlone || tokens.size() > 1 && !tokens.get(1).isNumber())) {
            PendingRow row = new PendingRow(line);
            row.code = first.text();
            row.level = (first.text().length() - 1) / 2;
            row.side = side;
            return row;
        }
        return null;
    }

    private static void addNumbers(PendingRow row, List<Token> tokens, ColumnLayout layout) {
        boolean inName = true;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isNumber() && inName) {
                row.nameParts.add(t.text());
            } else if (t.isNumber()) {
                inName = false;
                row.addNumber(t, hint(t, layout));
            }
        }
    }

    private static void continueRow(PendingRow row, List<Token> tokens, ColumnLayout layout) {
        for (Token t : tokens) {
            if (t.isNumber()) {
                row.addNumber(t, hint(t, layout));
            } else if (row.numbers.isEmpty()) {
                row.nameParts.add(t.text());
            }
        }
    }

    static Hint hint(Token t, ColumnLayout layout) {
        Hint located = layout.hint(t);
        if (located != null) {
            return located;
        }
        if (t.cell() >= 0) {
            return new Hint(t.cell() - LABEL_COLUMNS, -1);
        }
        return new Hint(-1, t.blanksBefore());
    }

    private void finish(PendingRow row, List<TableRow> rows, ColumnLayout layout, List<IngestIssue> issues) {
        if (row != null) {
            rows.add(row.build(layout.order(), identity, issues));
        }
    }
}
