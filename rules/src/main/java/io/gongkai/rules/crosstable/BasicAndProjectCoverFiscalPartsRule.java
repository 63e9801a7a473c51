package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Table 3 holds all money, carry-over included; tables 5, 8 and 9 hold this year's 一般公共预算, 政府性基金 and
 * 国有资本经营 money. So, for each code and for the 合计, table 3's 基本支出 lies between the sum of their
 * 基本支出 and that sum plus the code's other money in table 2 (other sources and 上年结转); likewise 项目支出.
 */
@RuleDoc(id = "XTAB-014", title = "表3各科目基本支出、项目支出与表5、表8、表9及表2其他资金相符",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "预算支出总表的基本支出和项目支出由当年财政拨款、其他资金和上年结转组成；某科目表3的基本支出或项目支出"
                + "小于当年财政拨款安排的部分，或大于它与该科目其他资金、上年结转之和，说明两表对基本支出与项目支出的划分不一致。",
        basis = "DOMAIN.md 恒等式4、6；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class BasicAndProjectCoverFiscalPartsRule extends BudgetRule {

    /** The tables of this year's fiscal money with the table 2 column of their source. */
    private static final Map<TableType, String> PARTS = Map.of(TableType.GPB_EXPENDITURE, Columns.GPB,
            TableType.FUND_EXPENDITURE, Columns.FUND, TableType.SOE_BUDGET, Columns.SOE);
    private static final List<TableType> ORDER = List.of(TableType.GPB_EXPENDITURE, TableType.FUND_EXPENDITURE,
            TableType.SOE_BUDGET);

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Optional<CodedRows> all = t.coded(TableType.EXPENDITURE_SUMMARY);
        List<CodedRows> parts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (TableType type : ORDER) {
            t.coded(type).ifPresent(p -> {
                parts.add(p);
                sources.add(PARTS.get(type));
            });
        }
        if (all.isEmpty() || parts.isEmpty()) {
            return;
        }
        Optional<IncomeRows> income = t.income();
        all.get().total().ifPresent(total -> compare(sink, total, null,
                parts.stream().map(p -> p.total().orElse(null)).toList(), all.get(), parts, sources, income));
        List<Map<String, TableRow>> maps = new ArrayList<>();
        maps.add(all.get().byCode());
        parts.forEach(p -> maps.add(p.byCode()));
        for (String code : CodeUnion.of(maps)) {
            if (all.get().covers(code)) {
                compare(sink, all.get().row(code).orElse(null), code,
                        parts.stream().map(p -> p.row(code).orElse(null)).toList(), all.get(), parts, sources, income);
            }
        }
    }

    private static void compare(FindingSink sink, TableRow row, String code, List<TableRow> partRows,
                                CodedRows all, List<CodedRows> parts, List<String> sources,
                                Optional<IncomeRows> income) {
        Figure other = income.flatMap(i -> other(i, code, sources)).orElse(null);
        for (String column : List.of(Columns.BASIC, Columns.PROJECT)) {
            Figure whole = row != null ? Figure.cell(all.number(), row, column) : all.figure(code, column);
            Figure fiscal = sum(parts, partRows, column);
            if (fiscal != null) {
                Figures.within(sink, fiscal, whole, lower(column));
            }
            if (other != null) {
                Figures.within(sink, whole, fiscal == null ? other : fiscal.plus(other), upper(column));
            }
        }
    }

    /** The code's money in table 2 that is neither of the parts' sources this year: other sources and carry-over. */
    private static Optional<Figure> other(IncomeRows income, String code, List<String> sources) {
        if (code != null && income.coded().row(code).isEmpty()) {
            return Optional.empty();
        }
        Figure other = income.withCarryover(code);
        if (other == null) {
            return Optional.empty();
        }
        for (String source : sources) {
            other = other.minus(income.figure(code, source));
        }
        return Optional.of(other);
    }

    private static Figure sum(List<CodedRows> parts, List<TableRow> rows, String column) {
        Figure sum = null;
        for (int i = 0; i < parts.size(); i++) {
            TableRow row = rows.get(i);
            if (row == null || !row.has(column)) {
                continue;
            }
            int table = parts.get(i).number();
            sum = sum == null ? Figure.cell(table, row, column) : sum.plus(table, row, column);
        }
        return sum;
    }

    private static String name(String column) {
        return Columns.BASIC.equals(column) ? "基本支出" : "项目支出";
    }

    /** The identities in words, per column, built once (they were built for every code and column). */
    private static final Map<String, String> LOWER = Map.of(Columns.BASIC, lowerText(Columns.BASIC),
            Columns.PROJECT, lowerText(Columns.PROJECT));
    private static final Map<String, String> UPPER = Map.of(Columns.BASIC, upperText(Columns.BASIC),
            Columns.PROJECT, upperText(Columns.PROJECT));

    private static String lower(String column) {
        return LOWER.get(column);
    }

    private static String upper(String column) {
        return UPPER.get(column);
    }

    private static String lowerText(String column) {
        return "表3" + name(column) + "含上年结转及各类资金，不应小于当年财政拨款安排的" + name(column);
    }

    private static String upperText(String column) {
        return "表3" + name(column) + "不应超过当年财政拨款安排的" + name(column) + "加表2同科目其他资金及上年结转";
    }
}
