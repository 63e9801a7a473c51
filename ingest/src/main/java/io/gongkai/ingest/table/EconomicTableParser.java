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
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Table 6 一般公共预算安排基本支出分经济科目表: a 合计 row, group rows of the 部门预算 economic classification
 * (工资福利支出 …) and item rows. Templates print the item as 部门 name then 政府 name (基本工资 | 工资奖金津补贴),
 * or as economic code and name (30101 基本工资). Columns: total = personnel (人员经费) + public (公用经费).
 */
final class EconomicTableParser implements TableParser {

    private static final TableType TYPE = TableType.GPB_BASIC_BY_ECONOMIC;
    private static final RowIdentity IDENTITY = RowIdentity.sum("total", "personnel", "public");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("\\d{3}(\\d{2})?");
    private static final int LABEL_COLUMNS = 2;
    /** 类 of the 部门预算支出经济分类 that head the groups of the table. */
    private static final Set<String> GROUPS = Set.of("工资福利支出", "商品和服务支出", "对个人和家庭的补助",
            "资本性支出", "对企业补助", "对事业单位经常性补助", "对事业单位资本性补助", "债务利息及费用支出",
            "对社会保障基金补助", "其他支出", "基本建设支出", "对个人和家庭补助", "资本性支出（基本建设）");

    @Override
    public DisclosureTable parse(TableBlock block, List<IngestIssue> issues) {
        List<Entry> vocabulary = ColumnVocabulary.of(TYPE, io.gongkai.model.Side.NONE);
        List<String> canonical = TYPE.columns(io.gongkai.model.Side.NONE);
        List<List<Token>> header = new ArrayList<>(); // the header lines' tokens
        ColumnLayout layout = null;
        boolean empty = false;
        List<TableRow> rows = new ArrayList<>();
        for (SourceLine line : block.lines()) {
            if (TableText.isEmptyNote(line.compact())) {
                empty = true;
                continue;
            }
            List<Token> tokens = LineTokenizer.tokenize(line);
            String code = code(tokens);
            List<String> texts = tokens.stream().skip(code == null ? 0 : 1).filter(t -> !t.isNumber())
                    .map(t -> Texts.compact(t.text())).toList();
            if (texts.isEmpty()) {
                continue;
            }
            if (layout == null) {
                boolean totalRow = TableText.isTotalLabel(texts.get(0)) && !ColumnLayout.isHeaderLine(tokens, vocabulary);
                if (!totalRow) {
                    header.add(tokens);
                    continue;
                }
                layout = ColumnLayout.learn(header, canonical, vocabulary);
            } else if (ColumnLayout.isHeaderLine(tokens, vocabulary)) {
                continue;
            }
            rows.add(row(line, tokens, code, texts, layout, issues));
        }
        return new DisclosureTable(TYPE, TableTitles.printedTitle(block.title().text()), empty, rows,
                block.title().ref());
    }

    private static String code(List<Token> tokens) {
        if (tokens.size() > 1 && tokens.get(0).isNumber() && ECONOMIC_CODE.matcher(tokens.get(0).text()).matches()
                && !tokens.get(1).isNumber()) {
            return tokens.get(0).text();
        }
        return null;
    }

    private static TableRow row(SourceLine line, List<Token> tokens, String code, List<String> texts,
                                ColumnLayout layout, List<IngestIssue> issues) {
        PendingRow row = new PendingRow(line);
        String name = texts.get(0);
        row.nameParts.add(name);
        row.code = code;
        if (TableText.isTotalLabel(name)) {
            row.key = RowKeys.TOTAL;
            row.level = 0;
        } else if (code != null ? code.length() == 3 : texts.size() == 1 && GROUPS.contains(name)) {
            row.key = RowKeys.ECONOMIC_GROUP;
            row.level = 1;
        } else {
            row.level = 2;
            row.altName = texts.size() > 1 ? String.join("", texts.subList(1, texts.size())) : null;
        }
        for (Token t : tokens.subList(code == null ? 0 : 1, tokens.size())) {
            if (t.isNumber()) {
                Hint located = layout.hint(t);
                row.addNumber(t, located != null ? located : t.cell() >= 0
                        ? new Hint(t.cell() - LABEL_COLUMNS, -1) : new Hint(-1, t.blanksBefore()));
            }
        }
        return row.build(layout.order(), IDENTITY, issues);
    }
}
