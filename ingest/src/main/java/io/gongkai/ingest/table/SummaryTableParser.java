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
 * The two-sided summary tables (1 预算收支总表 and 4 财政拨款收支总表), where one printed line carries an income
 * row and an expenditure row side by side, and long labels wrap onto the next lines. The table is read as one
 * stream of labels and numbers: a label starts at an ordinal (一、…三十、) or a total label (本年收入合计 …), a
 * piece of text that starts neither continues the label before it, and numbers belong to the label before them.
 * A label's side is known from its meaning: function classes end in 支出 (and 预备费); income sources do not.
 */
final class SummaryTableParser implements TableParser {

    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]{1,3}、");
    private static final Pattern SPLIT_AT_ORDINAL = Pattern.compile(
            "(?<![一二三四五六七八九十])(?=[一二三四五六七八九十]{1,3}、)");
    private static final Map<String, String> INCOME_TOTALS = Map.of(
            "本年收入合计", RowKeys.CURRENT_INCOME_TOTAL, "收入合计", RowKeys.CURRENT_INCOME_TOTAL,
            "上年结转", RowKeys.CARRYOVER, "上年财政拨款结转", RowKeys.CARRYOVER, "上年结转结余", RowKeys.CARRYOVER,
            "收入总计", RowKeys.INCOME_GRAND_TOTAL);
    private static final Map<String, String> EXPENDITURE_TOTALS = Map.of(
            "本年支出合计", RowKeys.CURRENT_EXPENDITURE_TOTAL, "支出合计", RowKeys.CURRENT_EXPENDITURE_TOTAL,
            "年终结转", RowKeys.YEAR_END_CARRYOVER, "年末结转", RowKeys.YEAR_END_CARRYOVER,
            "年终结转结余", RowKeys.YEAR_END_CARRYOVER, "支出总计", RowKeys.EXPENDITURE_GRAND_TOTAL);

    private final TableType type;

    SummaryTableParser(TableType type) {
        this.type = type;
    }

    @Override
    public DisclosureTable parse(TableBlock block, List<IngestIssue> issues) {
        boolean empty = false;
        List<PendingRow> labels = new ArrayList<>();
        PendingRow current = null;
        boolean afterCarryover = false;
        for (SourceLine line : block.lines()) {
            if (TableText.isEmptyNote(line.compact())) {
                empty = true;
                continue;
            }
            int previousCell = -1;
            for (Token token : LineTokenizer.tokenize(line)) {
                if (token.isNumber()) {
                    if (current != null && !(current.side == Side.INCOME && !current.numbers.isEmpty())) {
                        current.addNumber(token, hint(token, previousCell));
                    }
                } else {
                    for (String piece : SPLIT_AT_ORDINAL.split(Texts.compact(token.text()))) {
                        if (piece.isEmpty()) {
                            continue;
                        }
                        PendingRow label = startLabel(piece, line, afterCarryover);
                        if (label != null) {
                            labels.add(label);
                            current = label;
                            afterCarryover = afterCarryover || RowKeys.CARRYOVER.equals(label.key);
                            if (RowKeys.INCOME_GRAND_TOTAL.equals(label.key)) {
                                afterCarryover = false;
                            }
                        } else if (current != null && current.numbers.isEmpty() && current.level > 0) {
                            current.nameParts.add(piece);
                            reclassify(current);
                        }
                    }
                }
                previousCell = token.cell();
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (PendingRow label : labels) {
            rows.add(label.build(type.columns(label.side), identity(label.side), issues));
        }
        return new DisclosureTable(type, TableTitles.printedTitle(block.title().text()), empty, rows, block.title().ref());
    }

    private PendingRow startLabel(String piece, SourceLine line, boolean afterCarryover) {
        String incomeTotal = INCOME_TOTALS.get(piece);
        String expenditureTotal = EXPENDITURE_TOTALS.get(piece);
        if (incomeTotal == null && expenditureTotal == null && !ORDINAL.matcher(piece).find()) {
            return null;
        }
        PendingRow row = new PendingRow(line);
        row.nameParts.add(piece);
        if (incomeTotal != null || expenditureTotal != null) {
            row.side = incomeTotal != null ? Side.INCOME : Side.EXPENDITURE;
            row.key = incomeTotal != null ? incomeTotal : expenditureTotal;
            row.level = 0;
            return row;
        }
        row.level = afterCarryover ? 2 : 1;
        reclassify(row);
        return row;
    }

    /** Decides the side and key of an ordinal label from its (possibly still growing) name. */
    private static void reclassify(PendingRow row) {
        String name = ORDINAL.matcher(row.name()).replaceFirst("");
        boolean expenditure = name.endsWith("支出") || name.equals("预备费") || name.endsWith("支");
        row.side = expenditure ? Side.EXPENDITURE : Side.INCOME;
        row.key = expenditure ? null : incomeSourceKey(name);
        if (row.key != null && row.level == 0) {
            row.level = 1;
        }
    }

    /** The key of an income source label, or null while a wrapped label is still incomplete. */
    private static String incomeSourceKey(String name) {
        return switch (name) {
            case "一般公共预算", "一般公共预算拨款", "一般公共预算拨款收入", "一般公共预算财政拨款" -> RowKeys.GPB;
            case "政府性基金预算", "政府性基金预算拨款", "政府性基金预算拨款收入" -> RowKeys.FUND;
            case "国有资本经营预算", "国有资本经营预算拨款", "国有资本经营预算拨款收入" -> RowKeys.SOE;
            case "财政专户管理资金", "财政专户管理资金收入" -> RowKeys.SPECIAL;
            case "单位资金" -> RowKeys.UNIT;
            default -> null;
        };
    }

    private RowIdentity identity(Side side) {
        if (side != Side.EXPENDITURE) {
            return RowIdentity.NONE;
        }
        int[] parts = new int[type.columns(side).size() - 1];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = i + 1;
        }
        return RowIdentity.of(0, parts);
    }

    private static Hint hint(Token token, int previousCell) {
        if (token.cell() >= 0) {
            return new Hint(-1, previousCell < 0 ? -1 : token.cell() - previousCell - 1);
        }
        return new Hint(-1, token.blanksBefore());
    }
}
