package io.gongkai.render.layout;

import io.gongkai.catalog.performance.SelfEvaluationLabels;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.SelfEvaluation.ScoredIndicator;
import io.gongkai.render.layout.CellGrid.Cell;
import io.gongkai.render.layout.CellGrid.Kind;
import java.math.BigDecimal;
import java.util.List;

/**
 * Lays out a 项目支出绩效自评表 the way the template prints it, in nine columns: the project (name, department,
 * budget unit), the budget and execution block in 万元 (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分),
 * the annual goal against its achievement, one line per indicator (一级/二级/三级指标, 年初指标值, 调整后指标值,
 * 实际完成值, 分值, 得分, 偏差原因分析及改进措施) with equal 一级 and 二级 cells merged, 总分 with 自评等级, and the
 * analysis texts (项目实施和预算执行情况及分析 … 下一步改进措施及管理建议) one labelled row each. The 目标申报数 stands in a
 * row of its own under the budget figures.
 */
public final class SelfEvaluationGrids {

    private static final int COLUMNS = 9;

    private SelfEvaluationGrids() {
    }

    /** The whole self-evaluation table. */
    public static CellGrid of(SelfEvaluation evaluation) {
        CellGrid.Builder grid = new CellGrid.Builder(COLUMNS);
        int row = 0;
        row = labelled(grid, row, "项目名称", evaluation.projectName());
        grid.add(Cell.of(row, 0, Kind.LABEL, "主管部门及代码"));
        grid.add(Cell.of(row, 1, Kind.TEXT, evaluation.department()).span(1, 3));
        grid.add(Cell.of(row, 4, Kind.LABEL, "预算单位").span(1, 2));
        grid.add(Cell.of(row, 6, Kind.TEXT, evaluation.budgetUnit()).span(1, 3));
        row++;
        grid.add(Cell.of(row, 0, Kind.LABEL, "项目资金（万元）").span(2, 2));
        String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率（%）", "得分", "资金结(转)余"};
        for (int c = 0; c < heads.length; c++) {
            grid.add(Cell.of(row, 2 + c, Kind.HEADER, heads[c]));
        }
        row++;
        BigDecimal[] figures = {evaluation.initialBudget(), evaluation.fullYearBudget(), evaluation.executed(),
            evaluation.executionWeight(), evaluation.executionRate(), evaluation.executionScore(),
            evaluation.balance()};
        for (int c = 0; c < figures.length; c++) {
            grid.add(figure(row, 2 + c, figures[c]));
        }
        row++;
        grid.add(Cell.of(row, 0, Kind.LABEL, "目标申报数（万元）").span(1, 2));
        grid.add(figure(row, 2, evaluation.declaredBudget()));
        row++;
        grid.add(Cell.of(row, 0, Kind.LABEL, "年度总体目标").span(2, 1));
        grid.add(Cell.of(row, 1, Kind.HEADER, "预期目标").span(1, 4));
        grid.add(Cell.of(row, 5, Kind.HEADER, "实际完成情况").span(1, 4));
        row++;
        grid.add(Cell.of(row, 1, Kind.TEXT, evaluation.annualGoal()).span(1, 4));
        grid.add(Cell.of(row, 5, Kind.TEXT, evaluation.achievement()).span(1, 4));
        row++;
        String[] indicatorHeads = {"一级指标", "二级指标", "三级指标", "年初指标值", "调整后指标值", "实际完成值", "分值",
            "得分", "偏差原因分析及改进措施"};
        for (int c = 0; c < indicatorHeads.length; c++) {
            grid.add(Cell.of(row, c, Kind.HEADER, indicatorHeads[c]));
        }
        row++;
        List<ScoredIndicator> indicators = evaluation.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            ScoredIndicator scored = indicators.get(i);
            if (i == 0 || !sameLevel(indicators, i, true)) {
                grid.add(Cell.of(row, 0, Kind.TEXT, scored.indicator().level1()).span(run(indicators, i, true), 1));
            }
            if (i == 0 || !sameLevel(indicators, i, false)) {
                grid.add(Cell.of(row, 1, Kind.TEXT, scored.indicator().level2()).span(run(indicators, i, false), 1));
            }
            grid.add(Cell.of(row, 2, Kind.TEXT, scored.indicator().name()));
            grid.add(Cell.of(row, 3, Kind.TEXT, scored.indicator().value()));
            grid.add(Cell.of(row, 4, Kind.TEXT, scored.adjustedValue()));
            grid.add(Cell.of(row, 5, Kind.TEXT, scored.actual()));
            grid.add(figure(row, 6, scored.weight()));
            grid.add(figure(row, 7, scored.score()));
            grid.add(Cell.of(row, 8, Kind.TEXT, scored.deviationReason()));
            row++;
        }
        grid.add(Cell.of(row, 0, Kind.LABEL, "总分").span(1, 6));
        grid.add(figure(row, 6, BigDecimal.valueOf(100)));
        grid.add(figure(row, 7, evaluation.totalScore()));
        grid.add(Cell.of(row, 8, Kind.TEXT, evaluation.grade() == null ? "" : "自评等级：" + evaluation.grade()));
        row++;
        List<String> texts = SelfEvaluationLabels.texts(evaluation.analysis());
        for (int i = 0; i < texts.size(); i++) {
            grid.add(Cell.of(row, 0, Kind.LABEL, SelfEvaluationLabels.ANALYSIS.get(i)).span(1, 3));
            grid.add(Cell.of(row, 3, Kind.TEXT, texts.get(i)).span(1, COLUMNS - 3));
            row++;
        }
        return grid.build();
    }

    /** Whether indicator i has the same 一级 (and, unless levelOneOnly, 二级) indicator as the one before it. */
    private static boolean sameLevel(List<ScoredIndicator> indicators, int i, boolean levelOneOnly) {
        return i > 0 && run(indicators, i - 1, levelOneOnly) > 1;
    }

    /** How many indicators from i on share i's 一级 (and, unless levelOneOnly, 二级) indicator. */
    private static int run(List<ScoredIndicator> indicators, int i, boolean levelOneOnly) {
        int n = 1;
        while (i + n < indicators.size() && same(indicators.get(i + n), indicators.get(i), levelOneOnly)) {
            n++;
        }
        return n;
    }

    private static boolean same(ScoredIndicator a, ScoredIndicator b, boolean levelOneOnly) {
        return java.util.Objects.equals(a.indicator().level1(), b.indicator().level1())
                && (levelOneOnly || java.util.Objects.equals(a.indicator().level2(), b.indicator().level2()));
    }

    private static int labelled(CellGrid.Builder grid, int row, String label, String text) {
        grid.add(Cell.of(row, 0, Kind.LABEL, label));
        grid.add(Cell.of(row, 1, Kind.TEXT, text).span(1, COLUMNS - 1));
        return row + 1;
    }

    /** A figure as printed (scores, rates and 万元 amounts keep their published decimals), blank when null. */
    private static Cell figure(int row, int column, BigDecimal value) {
        return new Cell(row, column, 1, 1, Kind.AMOUNT, value == null ? "" : value.toPlainString(), value, 0, false);
    }
}
