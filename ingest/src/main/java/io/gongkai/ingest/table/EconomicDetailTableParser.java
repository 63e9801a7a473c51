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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Final accounts' 公开06 一般公共预算财政拨款基本支出决算明细表, which prints its economic rows in several
 * (code, name, 决算数) column pairs side by side, so that one line carries pieces of up to four rows and a long
 * name wraps onto the lines below. The table is read as one stream: an economic code starts a row, text extends
 * its name until a number gives its amount. A group code drawn bold comes out doubled ({@code 301301}); a cell
 * printed {@code ────} is not applicable. Amounts of 工资福利支出 (301) and 对个人和家庭的补助 (303) are 人员经费,
 * all others 公用经费. Rows are returned in code order, the two 合计 rows last. Stateless.
 */
final class EconomicDetailTableParser implements TableParser {

    private static final Pattern CODE = Pattern.compile("3\\d{2}(\\d{2})?");
    private static final Pattern DOUBLED_GROUP = Pattern.compile("(3\\d{2})\\1");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("^[─—\\-－]+$");
    private static final List<String> PERSONNEL_GROUPS = List.of("301", "303");

    @Override
    public DisclosureTable parse(TableBlock block, List<IngestIssue> issues) {
        List<Pending> rows = new ArrayList<>();
        List<Pending> totals = new ArrayList<>();
        boolean empty = false;
        Pending current = null;
        for (SourceLine line : block.lines()) {
            if (TableText.isEmptyNote(line.compact())) {
                empty = true;
                continue;
            }
            if (line.compact().startsWith("注") || line.compact().startsWith("说明")) {
                current = null;
                continue;
            }
            for (Token token : LineTokenizer.tokenize(line)) {
                String text = Texts.compact(token.text());
                String code = code(token);
                if (code != null) {
                    current = new Pending(line, code);
                    rows.add(current);
                } else if (text.endsWith("经费合计")) {
                    current = new Pending(line, null);
                    current.name.append(text);
                    current.key = text.startsWith("人员") ? RowKeys.PERSONNEL_TOTAL : RowKeys.PUBLIC_TOTAL;
                    totals.add(current);
                } else if (current == null || NOT_APPLICABLE.matcher(text).matches()) {
                    continue;
                } else if (token.isNumber()) {
                    if (current.amount == null) {
                        current.amount = token.value();
                    } else {
                        issues.add(new IngestIssue(line.ref(), "经济科目“" + current.name + "”有多个金额，多余的被忽略 / "
                                + "more than one amount for economic row " + current.code + "; the extra was ignored"));
                    }
                } else if (current.amount == null) {
                    current.name.append(text);
                }
            }
        }
        rows.sort(Comparator.comparing(p -> p.code));
        List<TableRow> out = new ArrayList<>();
        for (Pending p : rows) {
            if (!p.name.isEmpty()) {
                out.add(p.build());
            }
        }
        totals.forEach(p -> out.add(p.build()));
        return new DisclosureTable(TableType.FA_GPB_BASIC_DETAIL, TableTitles.printedTitle(block.title().text()),
                empty, out, block.title().ref());
    }

    /** The economic code a token is, undoubled, or null. */
    private static String code(Token token) {
        if (!token.isNumber() || token.value().scale() > 0) {
            return null;
        }
        String digits = token.text();
        java.util.regex.Matcher doubled = DOUBLED_GROUP.matcher(digits);
        if (doubled.matches()) {
            return doubled.group(1);
        }
        return CODE.matcher(digits).matches() ? digits : null;
    }

    private static final class Pending {
        final SourceLine line;
        final String code;
        final StringBuilder name = new StringBuilder();
        BigDecimal amount;
        String key;

        Pending(SourceLine line, String code) {
            this.line = line;
            this.code = code;
        }

        TableRow build() {
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            String column;
            if (code == null) {
                column = RowKeys.PERSONNEL_TOTAL.equals(key) ? Columns.PERSONNEL : Columns.PUBLIC;
            } else {
                column = PERSONNEL_GROUPS.contains(code.substring(0, 3)) ? Columns.PERSONNEL : Columns.PUBLIC;
            }
            if (amount != null) {
                amounts.put(column, amount);
            }
            int level = code == null ? 0 : code.length() == 3 ? 1 : 2;
            String rowKey = code != null && code.length() == 3 ? RowKeys.ECONOMIC_GROUP : key;
            return new TableRow(Side.NONE, code, name.toString(), null, level, rowKey, amounts, line.ref());
        }
    }
}
