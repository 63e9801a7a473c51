package io.gongkai.ingest.table;

import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.layout.TableBlock;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Final accounts' 公开09 财政拨款“三公”经费支出决算表, in either layout: the national one, where the header names
 * the six items twice (预算数, then 决算数) and one line after the 栏次 line carries twelve numbers; or one line per
 * item with its 预算数 and 决算数. Either way the result has one row per item with columns budget and final.
 * Stateless.
 */
final class ThreePublicFinalTableParser implements TableParser {

    private static final int ITEMS = 6;
    private static final String[] NAMES = {"合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费",
        "公务用车运行维护费", "公务接待费"};
    private static final String[] KEYS = {RowKeys.TOTAL, RowKeys.ABROAD, RowKeys.VEHICLES, RowKeys.VEHICLE_PURCHASE,
        RowKeys.VEHICLE_OPERATION, RowKeys.RECEPTION};
    private static final int[] LEVELS = {0, 1, 1, 2, 2, 1};

    @Override
    public DisclosureTable parse(TableBlock block, List<IngestIssue> issues) {
        boolean empty = false;
        List<TableRow> rows = new ArrayList<>();
        for (SourceLine line : block.lines()) {
            String c = line.compact();
            if (TableText.isEmptyNote(c)) {
                empty = true;
                continue;
            }
            List<Token> tokens = LineTokenizer.tokenize(line);
            if (tokens.isEmpty() || TableText.isColumnNumbers(tokens) || c.startsWith("注")) {
                continue;
            }
            List<BigDecimal> numbers = new ArrayList<>();
            StringBuilder label = new StringBuilder();
            for (Token t : tokens) {
                if (t.isNumber() && (t.value().scale() > 0 || !label.isEmpty())) {
                    numbers.add(t.value());
                } else if (!t.isNumber() && numbers.isEmpty()) {
                    label.append(Texts.compact(t.text()));
                }
            }
            if (numbers.isEmpty()) {
                continue;
            }
            if (label.isEmpty() && numbers.size() == 2 * ITEMS) {
                for (int i = 0; i < ITEMS; i++) {
                    rows.add(row(i, NAMES[i], numbers.get(i), numbers.get(i + ITEMS), line));
                }
            } else if (item(label.toString()) >= 0 && numbers.size() <= 2) {
                int i = item(label.toString());
                rows.add(row(i, label.toString(), numbers.get(0), numbers.size() > 1 ? numbers.get(1) : null,
                        line));
            } else {
                issues.add(new IngestIssue(line.ref(), "“三公”经费决算表的这一行无法读出 / cannot read this line of the "
                        + "三公 final-accounts table: " + line.text().strip()));
            }
        }
        return new DisclosureTable(TableType.FA_THREE_PUBLIC, TableTitles.printedTitle(block.title().text()),
                empty, rows, block.title().ref());
    }

    /** Which item a label names, or -1. */
    private static int item(String label) {
        String bare = label.replaceFirst("^([0-9一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[①②③])", "");
        if (bare.equals("合计") || bare.equals("总计")) {
            return 0;
        }
        if (bare.contains("出国")) {
            return 1;
        }
        if (bare.contains("接待")) {
            return 5;
        }
        if (bare.contains("购置及运行") || bare.contains("购置和运行")) {
            return 2;
        }
        if (bare.contains("购置")) {
            return 3;
        }
        return bare.contains("运行") ? 4 : -1;
    }

    private static TableRow row(int item, String name, BigDecimal budget, BigDecimal fin, SourceLine line) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        if (budget != null) {
            amounts.put(Columns.BUDGET, budget);
        }
        if (fin != null) {
            amounts.put(Columns.FINAL, fin);
        }
        return new TableRow(Side.NONE, null, name, null, LEVELS[item], KEYS[item], amounts, line.ref());
    }
}
