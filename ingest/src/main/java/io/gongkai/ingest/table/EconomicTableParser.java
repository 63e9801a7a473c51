package io.gongkai.ingest.table;

import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.layout.TableBlock;
import io.gongkai.ingest.table.ColumnAssigner.Hint;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Table 6 一般公共预算安排基本支出分经济科目表: a 合计 row, group rows of the 部门预算 economic classification
 * (工资福利支出 …) and item rows that give the 部门 name and then the 政府 name (基本工资 | 工资奖金津补贴).
 * Columns: total = personnel (人员经费) + public (公用经费).
 */
final class EconomicTableParser implements TableParser {

    private static final List<String> COLUMNS = List.of(Columns.TOTAL, Columns.PERSONNEL, Columns.PUBLIC);
    private static final RowIdentity IDENTITY = RowIdentity.of(0, 1, 2);
    private static final int LABEL_COLUMNS = 2;
    /** 类 of the 部门预算支出经济分类 that head the groups of the table. */
    private static final Set<String> GROUPS = Set.of("工资福利支出", "商品和服务支出", "对个人和家庭的补助",
            "资本性支出", "对企业补助", "对事业单位经常性补助", "对事业单位资本性补助", "债务利息及费用支出",
            "对社会保障基金补助", "其他支出", "基本建设支出", "对个人和家庭补助");

    @Override
    public DisclosureTable parse(TableBlock block, List<IngestIssue> issues) {
        boolean empty = false;
        boolean started = false;
        List<TableRow> rows = new ArrayList<>();
        for (SourceLine line : block.lines()) {
            String compact = line.compact();
            if (TableText.isEmptyNote(compact)) {
                empty = true;
                continue;
            }
            List<Token> tokens = LineTokenizer.tokenize(line);
            List<String> texts = tokens.stream().filter(t -> !t.isNumber()).map(t -> Texts.compact(t.text()))
                    .toList();
            if (texts.isEmpty()) {
                continue;
            }
            if (!started) {
                boolean totalRow = TableText.isTotalLabel(texts.get(0))
                        && (texts.size() == 1 || !TableText.isHeaderText(compact));
                if (!totalRow) {
                    continue;
                }
                started = true;
            }
            rows.add(row(line, tokens, texts, issues));
        }
        return new DisclosureTable(block.type(), TableTitles.printedTitle(block.title().text()), empty, rows,
                block.title().ref());
    }

    private static TableRow row(SourceLine line, List<Token> tokens, List<String> texts, List<IngestIssue> issues) {
        PendingRow row = new PendingRow(line);
        String name = texts.get(0);
        row.nameParts.add(name);
        if (TableText.isTotalLabel(name)) {
            row.key = RowKeys.TOTAL;
            row.level = 0;
        } else if (texts.size() == 1 && GROUPS.contains(name)) {
            row.key = RowKeys.ECONOMIC_GROUP;
            row.level = 1;
        } else {
            row.level = 2;
            row.altName = texts.size() > 1 ? String.join("", texts.subList(1, texts.size())) : null;
        }
        for (Token t : tokens) {
            if (t.isNumber()) {
                row.addNumber(t, t.cell() >= 0 ? new Hint(t.cell() - LABEL_COLUMNS, -1)
                        : new Hint(-1, t.blanksBefore()));
            }
        }
        return row.build(COLUMNS, IDENTITY, issues);
    }
}
