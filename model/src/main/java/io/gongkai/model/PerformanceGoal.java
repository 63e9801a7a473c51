package io.gongkai.model;

import java.util.List;

/**
 * A 项目支出绩效目标表 (performance-goal table) for one project. Money is in 元.
 *
 * @param projectName 项目名称
 * @param departmentCode the code part of 主管部门及代码 (119), or null
 * @param departmentName the name part of 主管部门及代码
 * @param implementingUnit 实施单位
 * @param attribute 项目属性 (一次性项目（1年结束）, 经常性项目 …)
 * @param period 项目期 (1年)
 * @param periodFunds 实施期资金总额 and its split
 * @param annualFunds 年度资金总额 and its split
 * @param overview 项目概况
 * @param basis 立项依据
 * @param necessity 项目设立必要性
 * @param safeguards 保证项目实施的制度、措施
 * @param plan 项目实施计划
 * @param periodGoal 总体目标 for the whole period (实施期目标)
 * @param annualGoal 总体目标 for the year (年度目标)
 * @param periodIndicators indicators of the 实施期 half, in printed order
 * @param annualIndicators indicators of the 年度 half, in printed order
 * @param source where the table starts
 */
public record PerformanceGoal(String projectName, String departmentCode, String departmentName,
                              String implementingUnit, String attribute, String period,
                              FundSplit periodFunds, FundSplit annualFunds,
                              String overview, String basis, String necessity, String safeguards, String plan,
                              String periodGoal, String annualGoal,
                              List<Indicator> periodIndicators, List<Indicator> annualIndicators,
                              SourceRef source) {

    public PerformanceGoal {
        periodFunds = periodFunds == null ? FundSplit.NONE : periodFunds;
        annualFunds = annualFunds == null ? FundSplit.NONE : annualFunds;
        periodIndicators = List.copyOf(periodIndicators);
        annualIndicators = List.copyOf(annualIndicators);
        source = source == null ? SourceRef.NONE : source;
    }
}
