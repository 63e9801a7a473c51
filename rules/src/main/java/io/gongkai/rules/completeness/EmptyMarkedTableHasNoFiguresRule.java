package io.gongkai.rules.completeness;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.Map;

/** A table marked 本表无数据 has no non-zero figure: the mark and the figures contradict each other. */
@RuleDoc(id = "COMP-004", title = "注明“本表无数据”的表没有非零数字",
        category = Category.COMPLETENESS, severity = Severity.ERROR,
        rationale = "表格既注明无数据又列有金额，两者必有一错：要么金额是误填，要么说明是套用模板未删。",
        basis = "DOMAIN.md 恒等式14；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class EmptyMarkedTableHasNoFiguresRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (DisclosureTable table : report.tables()) {
            if (table.empty()) {
                reportFirstFigure(table, sink);
            }
        }
    }

    private static void reportFirstFigure(DisclosureTable table, FindingSink sink) {
        for (TableRow row : table.rows()) {
            for (Map.Entry<String, BigDecimal> cell : row.amounts().entrySet()) {
                if (cell.getValue().signum() != 0) {
                    sink.add("表" + table.number() + "注明“本表无数据”，但「" + RowNames.of(row) + "」列有"
                                    + cell.getValue().toPlainString() + "万元")
                            .at(Location.cell(table.number(), RowNames.of(row), cell.getKey()))
                            .values(BigDecimal.ZERO, cell.getValue())
                            .evidence(table.number(), row, cell.getKey());
                    return;
                }
            }
        }
    }
}
