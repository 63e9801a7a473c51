package io.gongkai.render.layout;

import io.gongkai.model.FundSplit;
import io.gongkai.model.Indicator;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.render.layout.CellGrid.Cell;
import io.gongkai.render.layout.CellGrid.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Lays out a 项目支出绩效目标表 the way the template prints it: the project form (name, department, attribute,
 * funds in 元 for the period and the year, texts, goals) in four columns, then the indicator tables (一级 / 二级 /
 * 三级指标 / 指标值) of the period and of the year, with equal 一级 and 二级 cells merged.
 */
public final class GoalGrids {

    /** The 元 splits printed under 项目资金, in template order. */
    private static final List<Split> SPLITS = List.of(
            new Split("资金总额", FundSplit::total), new Split("其中：中央财政资金", FundSplit::central),
            new Split("省级财政资金", FundSplit::provincial), new Split("市县（区）财政资金", FundSplit::local),
            new Split("单位自筹", FundSplit::selfRaised), new Split("其他资金", FundSplit::other));

    private record Split(String label, Function<FundSplit, BigDecimal> value) {
    }

    private GoalGrids() {
    }

    /** The project form of a goal table. */
    public static CellGrid form(PerformanceGoal goal) {
        CellGrid.Builder grid = new CellGrid.Builder(4);
        int row = 0;
        row = wide(grid, row, "项目名称", goal.projectName());
        String department = goal.departmentName() == null ? "" : goal.departmentName();
        if (goal.departmentCode() != null) {
            department = department + "（" + goal.departmentCode() + "）";
        }
        row = pair(grid, row, "主管部门及代码", department, "实施单位", goal.implementingUnit());
        row = pair(grid, row, "项目属性", goal.attribute(), "项目期", goal.period());
        grid.add(Cell.of(row, 0, Kind.LABEL, "项目资金（元）").span(SPLITS.size() + 1, 1));
        grid.add(Cell.of(row, 1, Kind.HEADER, "资金来源"));
        grid.add(Cell.of(row, 2, Kind.HEADER, "实施期资金总额"));
        grid.add(Cell.of(row, 3, Kind.HEADER, "年度资金总额"));
        row++;
        for (Split split : SPLITS) {
            grid.add(Cell.of(row, 1, Kind.LABEL, split.label()));
            grid.add(yuan(row, 2, split.value().apply(goal.periodFunds())));
            grid.add(yuan(row, 3, split.value().apply(goal.annualFunds())));
            row++;
        }
        row = wide(grid, row, "项目概况", goal.overview());
        row = wide(grid, row, "立项依据", goal.basis());
        row = wide(grid, row, "项目设立必要性", goal.necessity());
        row = wide(grid, row, "保证项目实施的制度、措施", goal.safeguards());
        row = wide(grid, row, "项目实施计划", goal.plan());
        row = wide(grid, row, "实施期总体目标", goal.periodGoal());
        wide(grid, row, "年度总体目标", goal.annualGoal());
        return grid.build();
    }

    /** An indicator table (实施期 or 年度): header and one row per indicator, equal levels merged. */
    public static CellGrid indicators(List<Indicator> indicators) {
        CellGrid.Builder grid = new CellGrid.Builder(4).headerRows(1);
        grid.add(Cell.of(0, 0, Kind.HEADER, "一级指标"));
        grid.add(Cell.of(0, 1, Kind.HEADER, "二级指标"));
        grid.add(Cell.of(0, 2, Kind.HEADER, "三级指标"));
        grid.add(Cell.of(0, 3, Kind.HEADER, "指标值"));
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            int row = i + 1;
            if (i == 0 || !same(indicators.get(i - 1).level1(), indicator.level1())) {
                grid.add(Cell.of(row, 0, Kind.TEXT, indicator.level1())
                        .span(run(indicators, i, true), 1));
            }
            if (i == 0 || !same(indicators.get(i - 1).level1(), indicator.level1())
                    || !same(indicators.get(i - 1).level2(), indicator.level2())) {
                grid.add(Cell.of(row, 1, Kind.TEXT, indicator.level2())
                        .span(run(indicators, i, false), 1));
            }
            grid.add(Cell.of(row, 2, Kind.TEXT, indicator.name()));
            grid.add(Cell.of(row, 3, Kind.TEXT, indicator.value()));
        }
        return grid.build();
    }

    /** How many indicators from i on share i's 一级 (and, unless levelOneOnly, 二级) indicator. */
    private static int run(List<Indicator> indicators, int i, boolean levelOneOnly) {
        int n = 1;
        while (i + n < indicators.size()
                && same(indicators.get(i + n).level1(), indicators.get(i).level1())
                && (levelOneOnly || same(indicators.get(i + n).level2(), indicators.get(i).level2()))) {
            n++;
        }
        return n;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static int wide(CellGrid.Builder grid, int row, String label, String text) {
        grid.add(Cell.of(row, 0, Kind.LABEL, label));
        grid.add(Cell.of(row, 1, Kind.TEXT, text).span(1, 3));
        return row + 1;
    }

    private static int pair(CellGrid.Builder grid, int row, String label1, String text1, String label2,
                            String text2) {
        grid.add(Cell.of(row, 0, Kind.LABEL, label1));
        grid.add(Cell.of(row, 1, Kind.TEXT, text1));
        grid.add(Cell.of(row, 2, Kind.LABEL, label2));
        grid.add(Cell.of(row, 3, Kind.TEXT, text2));
        return row + 1;
    }

    private static Cell yuan(int row, int column, BigDecimal value) {
        return new Cell(row, column, 1, 1, Kind.AMOUNT, value == null ? "" : value.toPlainString(), value, 0, false);
    }
}
