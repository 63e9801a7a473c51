package io.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 项目支出绩效自评表 of final accounts (read by a later issue; budgets have none).
 *
 * @param projectName 项目名称
 * @param initialBudget 年初预算数 (万元)
 * @param fullYearBudget 全年预算数 (万元)
 * @param executed 全年执行数 (万元)
 * @param executionRate 执行率 (%)
 * @param executionScore the score for execution (out of 10)
 * @param totalScore the total score (out of 100)
 * @param grade 优/良/中/差 as published, or null
 * @param indicators the scored indicators
 * @param source where the table starts
 */
public record SelfEvaluation(String projectName, BigDecimal initialBudget, BigDecimal fullYearBudget,
                             BigDecimal executed, BigDecimal executionRate, BigDecimal executionScore,
                             BigDecimal totalScore, String grade, List<ScoredIndicator> indicators,
                             SourceRef source) {

    public SelfEvaluation {
        indicators = List.copyOf(indicators);
        source = source == null ? SourceRef.NONE : source;
    }

    /**
     * One indicator of a self-evaluation.
     *
     * @param indicator the indicator with its 年初指标值 as value
     * @param actual 实际完成值
     * @param weight 分值
     * @param score 得分
     */
    public record ScoredIndicator(Indicator indicator, String actual, BigDecimal weight, BigDecimal score) {
    }
}
