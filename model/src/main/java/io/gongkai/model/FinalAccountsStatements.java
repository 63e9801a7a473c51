package io.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the 情况说明 of final accounts (决算) states beyond the generic facts: the completion of the initial
 * budget, the statement of each 类, the 三公 details, 机关运行经费, procurement shares and the self-evaluation
 * summaries. Money in 万元 unless a field says otherwise; rates and shares in %; changes signed (减少 negative).
 * Every field is null (lists empty) when the text does not state it.
 *
 * @param initialBudget 一般公共预算财政拨款支出年初预算
 * @param finalExpenditure its 支出决算
 * @param completionRate 完成年初预算的 X%
 * @param classes the statement of each 类 in 一般公共预算财政拨款支出决算具体情况, in printed order
 * @param threePublic the 三公 statements
 * @param operatingCosts 机关运行经费 and its change
 * @param procurement 政府采购 with the 中小企业 and 小微企业 shares
 * @param selfEvaluationSummaries the 绩效自评 summaries (一级项目, 二级项目), in printed order
 * @param repeatedSections the ordinals of narrative sections printed more than once (the narrative keeps them once)
 */
public record FinalAccountsStatements(BigDecimal initialBudget, BigDecimal finalExpenditure,
                                      BigDecimal completionRate, List<ClassStatement> classes,
                                      ThreePublicStatement threePublic, ChangeStatement operatingCosts,
                                      ProcurementStatement procurement,
                                      List<SelfEvaluationSummary> selfEvaluationSummaries,
                                      List<String> repeatedSections) {

    public static final FinalAccountsStatements NONE = new FinalAccountsStatements(null, null, null, List.of(),
            ThreePublicStatement.NONE, ChangeStatement.NONE, ProcurementStatement.NONE, List.of(), List.of());

    public FinalAccountsStatements {
        classes = List.copyOf(classes);
        threePublic = threePublic == null ? ThreePublicStatement.NONE : threePublic;
        operatingCosts = operatingCosts == null ? ChangeStatement.NONE : operatingCosts;
        procurement = procurement == null ? ProcurementStatement.NONE : procurement;
        selfEvaluationSummaries = List.copyOf(selfEvaluationSummaries);
        repeatedSections = List.copyOf(repeatedSections);
    }

    /**
     * An amount with its change on last year and the reason given.
     *
     * @param amount the amount
     * @param change signed change on last year (与上年相同 is zero)
     * @param changeRate signed rate of change (%)
     * @param reason 主要原因, as worded
     * @param source where it was read
     */
    public record ChangeStatement(BigDecimal amount, BigDecimal change, BigDecimal changeRate, String reason,
                                  SourceRef source) {

        public static final ChangeStatement NONE = new ChangeStatement(null, null, null, null, SourceRef.NONE);

        public ChangeStatement {
            source = source == null ? SourceRef.NONE : source;
        }
    }

    /**
     * One 类 in 一般公共预算财政拨款支出决算具体情况.
     *
     * @param name the 类 name as printed, without (类)
     * @param amount its amount
     * @param share 占比 (%)
     * @param purpose 主要用于 …
     * @param change the change on last year with its reason
     */
    public record ClassStatement(String name, BigDecimal amount, BigDecimal share, String purpose,
                                 ChangeStatement change) {
    }

    /**
     * One 三公 item as the text states it.
     *
     * @param budget 全年预算
     * @param actual 支出决算
     * @param completionRate 完成全年预算的 %
     * @param change the change on last year with its reason
     */
    public record ThreePublicItem(BigDecimal budget, BigDecimal actual, BigDecimal completionRate,
                                  ChangeStatement change) {

        public static final ThreePublicItem NONE = new ThreePublicItem(null, null, null, ChangeStatement.NONE);

        public ThreePublicItem {
            change = change == null ? ChangeStatement.NONE : change;
        }
    }

    /**
     * A count of batches and persons with the money spent (接待 批次/人次, 出国 团组/人次).
     *
     * @param amount money (万元)
     * @param batches 批次 or 团组
     * @param persons 人次
     */
    public record Visits(BigDecimal amount, Integer batches, Integer persons) {

        public static final Visits NONE = new Visits(null, null, null);
    }

    /**
     * The 三公 statements of final accounts.
     *
     * @param total the 三公 total
     * @param abroad 因公出国（境）费
     * @param vehiclePurchase 公务用车购置费
     * @param vehicleOperation 公务用车运行维护费
     * @param reception 公务接待费
     * @param abroadGroups 出国团组 and 人次
     * @param vehiclesBought 购置公务用车 辆
     * @param vehiclesHeld 公务用车保有量 辆
     * @param receptions all 接待 批次/人次
     * @param domestic 国内接待
     * @param foreignAffairs 国内接待 of which 外事接待
     * @param overseas 国（境）外接待
     */
    public record ThreePublicStatement(ThreePublicItem total, ThreePublicItem abroad,
                                       ThreePublicItem vehiclePurchase, ThreePublicItem vehicleOperation,
                                       ThreePublicItem reception, Visits abroadGroups, Integer vehiclesBought,
                                       Integer vehiclesHeld, Visits receptions, Visits domestic,
                                       Visits foreignAffairs, Visits overseas) {

        public static final ThreePublicStatement NONE = new ThreePublicStatement(ThreePublicItem.NONE,
                ThreePublicItem.NONE, ThreePublicItem.NONE, ThreePublicItem.NONE, ThreePublicItem.NONE,
                Visits.NONE, null, null, Visits.NONE, Visits.NONE, Visits.NONE, Visits.NONE);
    }

    /**
     * 政府采购 as the text of final accounts states it.
     *
     * @param total 政府采购支出总额
     * @param goods 货物
     * @param works 工程
     * @param services 服务
     * @param smeAmount 授予中小企业合同金额
     * @param smeShare its share of the total (%)
     * @param smallMicroAmount 授予小微企业合同金额
     * @param smallMicroShare its share of the total (%)
     * @param source where it was read
     */
    public record ProcurementStatement(BigDecimal total, BigDecimal goods, BigDecimal works, BigDecimal services,
                                       BigDecimal smeAmount, BigDecimal smeShare, BigDecimal smallMicroAmount,
                                       BigDecimal smallMicroShare, SourceRef source) {

        public static final ProcurementStatement NONE = new ProcurementStatement(null, null, null, null, null,
                null, null, null, SourceRef.NONE);

        public ProcurementStatement {
            source = source == null ? SourceRef.NONE : source;
        }
    }

    /**
     * A 绩效自评 summary: 2022年度部门预算二级项目绩效自评个数7个，涉及资金150.33万元：6个项目自评等级为“优” ….
     *
     * @param year the year the text names
     * @param level 一级项目 or 二级项目
     * @param count number of projects evaluated
     * @param amount money covered
     * @param amountUnit the printed unit of the amount (万元 or 元)
     * @param excellent number graded 优
     * @param good number graded 良
     * @param fair number graded 中
     * @param poor number graded 差
     * @param source where it was read
     */
    public record SelfEvaluationSummary(int year, String level, Integer count, BigDecimal amount,
                                        String amountUnit, Integer excellent, Integer good, Integer fair,
                                        Integer poor, SourceRef source) {

        public SelfEvaluationSummary {
            source = source == null ? SourceRef.NONE : source;
        }
    }
}
