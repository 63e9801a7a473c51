package io.gongkai.rules.classification;

import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import io.gongkai.rules.support.TextMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The expenditure lines of tables 1 and 4 name real function 类 (ordinal ignored). Lines that a template adds on
 * that side (基本支出, 项目支出 …) are left alone, and so is a table whose lines are mostly not 类 at all (another
 * layout).
 */
@RuleDoc(id = "CODE-007", title = "表1、表4支出方各行为支出功能分类的类级科目名称",
        category = Category.CLASSIFICATION, severity = Severity.WARNING,
        rationale = "收支总表的支出方按功能分类的类列示；名称不是规范类名（自拟、错字或旧名称）时，读者无法与其他表和其他年度对照。",
        basis = "《地方预决算公开操作规程》（财预〔2016〕143号）；《2024年政府收支分类科目》类级科目")
public final class SummaryClassNameRule extends BudgetClassificationRule {

    private static final Set<String> SUMMARY = Set.of(RowKeys.TOTAL, RowKeys.CURRENT_EXPENDITURE_TOTAL,
            RowKeys.YEAR_END_CARRYOVER, RowKeys.EXPENDITURE_GRAND_TOTAL);
    private static final Pattern OTHER_LINES = Pattern.compile(
            ".*(基本支出|项目支出|经营支出|上缴上级支出|对附属单位补助支出|结转|结余)$");

    /** {@link #OTHER_LINES} by line name: the same template lines recur in every report. */
    private static final TextMemo<Boolean> OTHER_LINE = new TextMemo<>(name -> OTHER_LINES.matcher(name).matches());

    @Override
    void checkBudget(Report report, FindingSink sink) {
        ClassificationCatalog catalogue = FunctionClasses.catalogue(report.year());
        for (TableType type : List.of(TableType.BUDGET_SUMMARY, TableType.FISCAL_SUMMARY)) {
            Tables.of(report, type).ifPresent(table -> check(table, catalogue, sink));
        }
    }

    private static void check(DisclosureTable table, ClassificationCatalog catalogue, FindingSink sink) {
        List<TableRow> lines = new ArrayList<>();
        List<TableRow> unknown = new ArrayList<>();
        for (TableRow r : table.rows(Side.EXPENDITURE)) {
            if ((r.key() == null || !SUMMARY.contains(r.key())) && r.name() != null && !r.name().isBlank()
                    && !OTHER_LINE.apply(FunctionClasses.stripOrdinal(r.name()))) {
                lines.add(r);
                if (FunctionClasses.classNamed(catalogue, r.name()).isEmpty()) {
                    unknown.add(r);
                }
            }
        }
        if (unknown.size() * 2 > lines.size()) {
            return;
        }
        for (TableRow row : unknown) {
            Location at = new Location(table.number(), RowNames.of(row), null, null);
            sink.add(at.describe() + "不是" + catalogue.year() + "年支出功能分类的类级科目名称")
                    .at(at).values("类级科目名称", FunctionClasses.stripOrdinal(row.name()))
                    .evidence("表" + table.number() + "支出项目", row.name(), row.source());
        }
    }
}
