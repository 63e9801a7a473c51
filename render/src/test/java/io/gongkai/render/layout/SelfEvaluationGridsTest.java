package io.gongkai.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Indicator;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.SelfEvaluation.ScoredIndicator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 项目支出绩效自评表 grid: budget and execution block, indicators with all their columns, 总分 and 等级. */
class SelfEvaluationGridsTest {

    @Test
    void printsTheExecutionBlockEveryIndicatorColumnAndTheTotal() {
        SelfEvaluation evaluation = new SelfEvaluation("办公经费", new BigDecimal("20.00"), new BigDecimal("22.50"),
                new BigDecimal("22.10"), new BigDecimal("98.22"), new BigDecimal("9.82"), new BigDecimal("96.82"),
                "优", List.of(
                        scored("产出指标", "数量指标", "保障人数", "≥30人", "32人", "10", "10", "≥31人", null),
                        scored("产出指标", "质量指标", "运转正常率", "100%", "98%", "10", "8", null, "设备老化，下年更新"),
                        scored("满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "95%", "10", "10", null, null)),
                null, 2023, "002-某局", "002001-某局本级", null, new BigDecimal("0.40"), BigDecimal.TEN, "保障运转",
                "运转正常", null);
        CellGrid grid = SelfEvaluationGrids.of(evaluation);
        assertThat(grid.columns()).isEqualTo(9);
        assertThat(texts(grid, 3)).containsExactly("20.00", "22.50", "22.10", "10", "98.22", "9.82", "0.40");
        assertThat(texts(grid, 4)).containsExactly("目标申报数（万元）", "");
        assertThat(texts(grid, 7)).containsExactly("一级指标", "二级指标", "三级指标", "年初指标值", "调整后指标值", "实际完成值",
                "分值", "得分", "偏差原因分析及改进措施");
        assertThat(texts(grid, 8)).containsExactly("产出指标", "数量指标", "保障人数", "≥30人", "≥31人", "32人", "10", "10",
                "");
        CellGrid.Cell levelOne = grid.row(8).get(0);
        assertThat(levelOne.rowSpan()).isEqualTo(2);
        assertThat(texts(grid, 9)).containsExactly("质量指标", "运转正常率", "100%", "", "98%", "10", "8", "设备老化，下年更新");
        assertThat(texts(grid, 11)).containsExactly("总分", "100", "96.82", "自评等级：优");
        assertThat(texts(grid, 12)).containsExactly("项目实施和预算执行情况及分析", "");
        assertThat(texts(grid, 18)).containsExactly("下一步改进措施及管理建议", "");
        assertThat(grid.rows()).isEqualTo(19);
    }

    private static List<String> texts(CellGrid grid, int row) {
        return grid.row(row).stream().map(CellGrid.Cell::text).toList();
    }

    private static ScoredIndicator scored(String level1, String level2, String name, String value, String actual,
                                          String weight, String score, String adjusted, String reason) {
        return new ScoredIndicator(new Indicator(level1, level2, name, value, null), actual, new BigDecimal(weight),
                new BigDecimal(score), adjusted, reason);
    }
}
