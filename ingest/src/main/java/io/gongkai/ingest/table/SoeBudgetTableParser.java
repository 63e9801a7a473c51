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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 9 国有资本经营预算收支预算表: income rows (收入科目编码, 科目名称, 金额) beside expenditure rows (科目编码,
 * 科目名称, 合计, 基本支出, 项目支出) on the same printed lines. The 合计 line gives a total row on each side.
 */
final class SoeBudgetTableParser implements TableParser {

    private static final TableType TYPE = TableType.SOE_BUDGET;
    /** Cells of the income side on a tab-separated line (code, name, amount): a code after them is expenditure. */
    private static final int INCOME_CELLS = 3;
    private static final RowIdentity EXPENDITURE_IDENTITY = RowIdentity.sum("total", "basic", "project");

    @Override
    public DisclosureTable parse(TableBlock block, List<IngestIssue> issues) {
        boolean empty = false;
        List<TableRow> rows = new ArrayList<>();
        for (SourceLine line : block.lines()) {
            if (TableText.isEmptyNote(line.compact())) {
                empty = true;
                continue;
            }
            List<Token> tokens = LineTokenizer.tokenize(line);
            if (tokens.isEmpty() || tokens.get(0).isNumber() && !isCode(tokens.get(0))) {
                continue;
            }
            String first = Texts.compact(tokens.get(0).text());
            if (TableText.isTotalLabel(first)) {
                rows.addAll(expenditureOnly(block) ? List.of(expenditureTotal(line, tokens, issues))
                        : totalRows(line, tokens, issues));
            } else if (isCode(tokens.get(0))) {
                rows.addAll(codeRows(line, tokens, issues));
            }
        }
        return new DisclosureTable(TYPE, TableTitles.printedTitle(block.title().text()), empty, rows, block.title().ref());
    }

    /** Templates that publish only the expenditure half title it 国有资本经营预算支出…表. */
    private static boolean expenditureOnly(TableBlock block) {
        String title = TableTitles.key(block.title().text());
        return !title.contains("收");
    }

    private static TableRow expenditureTotal(SourceLine line, List<Token> tokens, List<IngestIssue> issues) {
        PendingRow expenditure = side(line, "合计", Side.EXPENDITURE, RowKeys.TOTAL);
        tokens.stream().filter(Token::isNumber).forEach(t -> expenditure.addNumber(t, Hint.NONE));
        return expenditure.build(TYPE.columns(Side.EXPENDITURE), EXPENDITURE_IDENTITY, issues);
    }

    private static boolean isCode(Token t) {
        return t.isNumber() && ClassifiedTableParser.CODE.matcher(t.text()).matches();
    }

    private static List<TableRow> totalRows(SourceLine line, List<Token> tokens, List<IngestIssue> issues) {
        PendingRow income = side(line, "合计", Side.INCOME, RowKeys.TOTAL);
        PendingRow expenditure = side(line, "合计", Side.EXPENDITURE, RowKeys.TOTAL);
        List<Token> numbers = tokens.stream().filter(Token::isNumber).toList();
        boolean incomeFirst = numbers.size() != 3 || !expenditureOnly(numbers);
        int expenditureLabel = tokens.stream().filter(t -> !t.isNumber() && TableText.isTotalLabel(
                Texts.compact(t.text()))).mapToInt(Token::cell).skip(1).findFirst().orElse(-1);
        for (int i = 0; i < numbers.size(); i++) {
            Token t = numbers.get(i);
            if (expenditureLabel >= 0 && t.cell() >= 0) {
                boolean left = t.cell() < expenditureLabel;
                (left ? income : expenditure).addNumber(t, left ? Hint.NONE
                        : cellHint(t.cell() - expenditureLabel - 1, Side.EXPENDITURE));
            } else {
                (i == 0 && incomeFirst ? income : expenditure).addNumber(t, Hint.NONE);
            }
        }
        return List.of(income.build(TYPE.columns(Side.INCOME), RowIdentity.NONE, issues),
                expenditure.build(TYPE.columns(Side.EXPENDITURE), EXPENDITURE_IDENTITY, issues));
    }

    /**
     * Three numbers on the 合计 line are the expenditure side's 合计 = 基本支出 + 项目支出 when they add up so;
     * otherwise the first is the income side's amount and the other two the expenditure side's (one cell blank).
     */
    private static boolean expenditureOnly(List<Token> numbers) {
        try {
            BigDecimal total = Texts.parseAmount(numbers.get(0).text());
            return io.gongkai.model.Rounding.sumMatches(total, List.of(
                    Texts.parseAmount(numbers.get(1).text()),
                    Texts.parseAmount(numbers.get(2).text())));
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** A line with an income code row and possibly an expenditure code row after it. */
    private static List<TableRow> codeRows(SourceLine line, List<Token> tokens, List<IngestIssue> issues) {
        List<TableRow> rows = new ArrayList<>();
        PendingRow current = null;
        boolean numbersSeen = false;
        int codeCell = -1;
        for (Token t : tokens) {
            if (isCode(t) && (current == null || numbersSeen || !current.nameParts.isEmpty())) {
                if (current != null) {
                    rows.add(finish(current, issues));
                }
                current = new PendingRow(line);
                codeCell = t.cell();
                current.code = t.text();
                current.level = (t.text().length() - 1) / 2;
                current.side = rows.isEmpty() && codeCell < INCOME_CELLS ? Side.INCOME : Side.EXPENDITURE;
                numbersSeen = false;
            } else if (t.isNumber() && current != null) {
                // Tab-separated lines keep blank cells: the number's cell after the code and name is its column.
                current.addNumber(t, codeCell >= 0 && t.cell() >= 0 && current.side == Side.EXPENDITURE
                        ? cellHint(t.cell() - codeCell - 2, Side.EXPENDITURE) : Hint.NONE);
                numbersSeen = true;
            } else if (current != null) {
                current.nameParts.add(Texts.compact(t.text()));
            }
        }
        if (current != null) {
            rows.add(finish(current, issues));
        }
        return rows;
    }

    /** The column a tab cell stands for on a side, when it is one of the side's columns. */
    private static Hint cellHint(int column, Side side) {
        return column >= 0 && column < TYPE.columns(side).size() ? new Hint(column, -1) : Hint.NONE;
    }

    private static TableRow finish(PendingRow row, List<IngestIssue> issues) {
        if (row.side == Side.INCOME && row.numbers.size() > 1) {
            row.side = Side.EXPENDITURE;
        }
        return row.build(TYPE.columns(row.side), row.side == Side.EXPENDITURE ? EXPENDITURE_IDENTITY
                : RowIdentity.NONE, issues);
    }

    private static PendingRow side(SourceLine line, String name, Side side, String key) {
        PendingRow row = new PendingRow(line);
        row.nameParts.add(name);
        row.side = side;
        row.key = key;
        row.level = 0;
        return row;
    }

}
