package io.gongkai.ingest.table;

import io.gongkai.ingest.table.ColumnAssigner.Hint;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row being assembled from one or more lines: its name pieces and its numbers with their layout hints. */
final class PendingRow {

    final List<String> nameParts = new ArrayList<>();
    final List<BigDecimal> numbers = new ArrayList<>();
    final List<Hint> hints = new ArrayList<>();
    final SourceLine firstLine;
    Side side = Side.NONE;
    String code;
    String altName;
    String key;
    int level;
    int indentation;
    /** The printed 行次, or null. */
    Integer lineNumber;

    PendingRow(SourceLine firstLine) {
        this.firstLine = firstLine;
    }

    String name() {
        return io.gongkai.ingest.text.Texts.joinWrapped(nameParts);
    }

    void addNumber(Token token, Hint hint) {
        numbers.add(token.value());
        hints.add(hint);
    }

    /**
     * Places the numbers into the columns and builds the row. When the row's arithmetic cannot hold in any
     * placement, the numbers are placed by layout alone and an issue is recorded for the rules to judge.
     */
    TableRow build(List<String> columns, RowIdentity identity, List<IngestIssue> issues) {
        ColumnAssigner.Placement placement = ColumnAssigner.assign(numbers, hints, columns, identity);
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        int[] at = placement.columns();
        for (int i = 0; i < at.length; i++) {
            amounts.put(columns.get(at[i]), numbers.get(i));
        }
        if (numbers.size() > columns.size()) {
            issues.add(new IngestIssue(firstLine.ref(), "行中数字多于表列，多余的数字被忽略 / more numbers than columns in "
                    + "row '" + name() + "'; the extra numbers were ignored"));
        }
        return new TableRow(side, code, name(), altName, level, key, amounts, firstLine.ref(), lineNumber);
    }
}
