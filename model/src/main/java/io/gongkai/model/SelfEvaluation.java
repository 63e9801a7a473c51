package io.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 项目支出绩效自评表 attached to final accounts. Money in 万元 as printed; the execution rate in %.
 *
 * @param projectName 项目名称
 * @param initialBudget 年初预算数 (预算编制数, 万元)
 * @param fullYearBudget 全年预算数 (万元): the initial budget, or the adjusted one when it was adjusted
 * @param executed 全年执行数 (万元)
 * @param executionRate 执行率 (%) as printed
 * @param executionScore the printed score for execution (out of {@link #executionWeight})
 * @param totalScore 总分 as printed (out of 100)
 * @param grade 优/良/中/差 as published, or null
 * @param indicators the scored indicators in printed order
 * @param source where the table starts
 * @param year the year evaluated, from （2023年度）, or 0
 * @param department 主管部门及代码 (002-长治市屯留区人民政府办公室), or null
 * @param budgetUnit 预算单位 (002001-…), or null
 * @param declaredBudget 年初预算数 目标申报数 (万元), or null when the template has no such column
 * @param balance 资金结(转)余 (万元) as printed
 * @param executionWeight the 分值 of execution, 10 by default
 * @param annualGoal 年度目标
 * @param achievement 实际完成情况 of the annual goal
 * @param analysis 项目绩效分析: the texts of the 自评结果分析
 */
public record SelfEvaluation(String projectName, BigDecimal initialBudget, BigDecimal fullYearBudget,
                             BigDecimal executed, BigDecimal executionRate, BigDecimal executionScore,
                             BigDecimal totalScore, String grade, List<ScoredIndicator> indicators,
                             SourceRef source, int year, String department, String budgetUnit,
                             BigDecimal declaredBudget, BigDecimal balance, BigDecimal executionWeight,
                             String annualGoal, String achievement, Analysis analysis) {

    /** The default 分值 of the execution rate. */
    public static final BigDecimal DEFAULT_EXECUTION_WEIGHT = BigDecimal.TEN;

    public SelfEvaluation {
        indicators = List.copyOf(indicators);
        source = source == null ? SourceRef.NONE : source;
        analysis = analysis == null ? Analysis.NONE : analysis;
    }

    /** A self-evaluation with only the figures of its execution and scores. */
    public SelfEvaluation(String projectName, BigDecimal initialBudget, BigDecimal fullYearBudget,
                          BigDecimal executed, BigDecimal executionRate, BigDecimal executionScore,
                          BigDecimal totalScore, String grade, List<ScoredIndicator> indicators,
                          SourceRef source) {
        this(projectName, initialBudget, fullYearBudget, executed, executionRate, executionScore, totalScore,
                grade, indicators, source, 0, null, null, null, null, DEFAULT_EXECUTION_WEIGHT, null, null,
                Analysis.NONE);
    }

    /**
     * One indicator of a self-evaluation.
     *
     * @param indicator the indicator with its 年初指标值 as value
     * @param actual 实际完成值
     * @param weight 分值
     * @param score 得分
     * @param adjustedValue 调整后指标值, or null when the template has no such column
     * @param deviationReason 偏差原因分析及改进措施, or null when blank
     */
    public record ScoredIndicator(Indicator indicator, String actual, BigDecimal weight, BigDecimal score,
                                  String adjustedValue, String deviationReason) {

        public ScoredIndicator(Indicator indicator, String actual, BigDecimal weight, BigDecimal score) {
            this(indicator, actual, weight, score, null, null);
        }
    }

    /**
     * 自评结果分析: the texts of a self-evaluation's analysis, each null when absent.
     *
     * @param execution 项目实施和预算执行情况及分析
     * @param output 产出情况及分析
     * @param benefit 效益情况及分析
     * @param satisfaction 满意度情况及分析
     * @param experience 主要经验做法
     * @param problems 项目管理中存在的主要问题及原因分析
     * @param improvements 下一步改进措施及管理建议
     */
    public record Analysis(String execution, String output, String benefit, String satisfaction,
                           String experience, String problems, String improvements) {

        public static final Analysis NONE = new Analysis(null, null, null, null, null, null, null);
    }
}
