package io.gongkai.author;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts the narrative states that line items do not hold: last year's figures (for year-on-year statements),
 * the reasons for changes, procurement, assets and the list of purchased services. Amounts are in 元.
 *
 * @param lastYear last year's budget figures the narrative compares with
 * @param reasons short texts that say why figures changed (变动原因)
 * @param procurement 政府采购预算 by kind
 * @param assets 国有资产占有使用情况
 * @param purchasedServices 政府购买服务 text for 十二、其他说明, or null for 无
 * @param threePublicCounts the numbers behind the 三公 amounts (团组, 人次, 辆, 批次), each optional
 */
public record OtherFacts(LastYear lastYear, Reasons reasons, ProcurementPlan procurement, AssetFacts assets,
                         String purchasedServices, ThreePublicCounts threePublicCounts) {

    public static final OtherFacts NONE = new OtherFacts(null, null, null, null, null, null);

    public OtherFacts {
        lastYear = lastYear == null ? LastYear.NONE : lastYear;
        reasons = reasons == null ? Reasons.NONE : reasons;
        procurement = procurement == null ? ProcurementPlan.NONE : procurement;
        assets = assets == null ? AssetFacts.NONE : assets;
        threePublicCounts = threePublicCounts == null ? ThreePublicCounts.NONE : threePublicCounts;
    }

    /** Facts without the 三公 counts. */
    public OtherFacts(LastYear lastYear, Reasons reasons, ProcurementPlan procurement, AssetFacts assets,
                      String purchasedServices) {
        this(lastYear, reasons, procurement, assets, purchasedServices, null);
    }

    /**
     * What the 三公 amounts buy, as 七 states it (安排因公出国（境）团组2个、3人次); a null count is not stated.
     *
     * @param abroadGroups 因公出国（境）团组数
     * @param abroadPeople 因公出国（境）人次
     * @param vehiclesPurchased 公务用车购置数量（辆）
     * @param receptionBatches 国内公务接待批次
     * @param receptionPeople 国内公务接待人次
     */
    public record ThreePublicCounts(Integer abroadGroups, Integer abroadPeople, Integer vehiclesPurchased,
                                    Integer receptionBatches, Integer receptionPeople) {
        public static final ThreePublicCounts NONE = new ThreePublicCounts(null, null, null, null, null);
    }

    /**
     * Last year's budget (上年预算数), in 元; a null figure is not compared.
     *
     * @param total 收支总计 (income total = expenditure total)
     * @param gpbCurrent 一般公共预算当年支出
     * @param abroad 因公出国（境）费
     * @param reception 公务接待费
     * @param vehiclePurchase 公务用车购置费
     * @param vehicleOperation 公务用车运行维护费
     * @param operatingCosts 机关运行经费
     * @param gpbByFunction 一般公共预算当年支出 by functional code (项, 7 digits), for the 类, 款 and 项
     *                      year-on-year statements of 五; empty when not known (then they are not made)
     */
    public record LastYear(BigDecimal total, BigDecimal gpbCurrent, BigDecimal abroad, BigDecimal reception,
                           BigDecimal vehiclePurchase, BigDecimal vehicleOperation, BigDecimal operatingCosts,
                           Map<String, BigDecimal> gpbByFunction) {
        public static final LastYear NONE = new LastYear(null, null, null, null, null, null, null, null);

        public LastYear {
            gpbByFunction = gpbByFunction == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(gpbByFunction));
        }

        /** Last year's figures without the breakdown by functional code. */
        public LastYear(BigDecimal total, BigDecimal gpbCurrent, BigDecimal abroad, BigDecimal reception,
                        BigDecimal vehiclePurchase, BigDecimal vehicleOperation, BigDecimal operatingCosts) {
            this(total, gpbCurrent, abroad, reception, vehiclePurchase, vehicleOperation, operatingCosts, null);
        }

        /**
         * Last year's 一般公共预算当年支出 under a functional code of any level (类, 款 or 项): the sum of the 项
         * under it, or null when no breakdown is known.
         */
        public BigDecimal gpbUnder(String functionCode) {
            if (gpbByFunction.isEmpty()) {
                return null;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> e : gpbByFunction.entrySet()) {
                if (e.getKey().startsWith(functionCode)) {
                    sum = sum.add(e.getValue());
                }
            }
            return sum;
        }

        /** Last year's 三公 total, or null when any part is unknown. */
        public BigDecimal threePublic() {
            if (abroad == null || reception == null || vehiclePurchase == null || vehicleOperation == null) {
                return null;
            }
            return abroad.add(reception).add(vehiclePurchase).add(vehicleOperation);
        }
    }

    /**
     * Why figures changed on last year, each a short clause without final punctuation (人员调整，工资增加).
     *
     * @param total the change of the budget total
     * @param gpb the change of 一般公共预算当年支出
     * @param threePublic the change of “三公”经费
     * @param operatingCosts the change of 机关运行经费
     * @param byFunction the change of 一般公共预算当年支出 under a functional code (类 or 项), by that code
     */
    public record Reasons(String total, String gpb, String threePublic, String operatingCosts,
                          Map<String, String> byFunction) {
        public static final Reasons NONE = new Reasons(null, null, null, null, null);

        public Reasons {
            byFunction = byFunction == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byFunction));
        }

        /** Reasons without any by functional code. */
        public Reasons(String total, String gpb, String threePublic, String operatingCosts) {
            this(total, gpb, threePublic, operatingCosts, null);
        }
    }

    /**
     * 政府采购预算 in 元 by kind.
     *
     * @param goods 货物
     * @param works 工程
     * @param services 服务
     */
    public record ProcurementPlan(BigDecimal goods, BigDecimal works, BigDecimal services) {
        public static final ProcurementPlan NONE = new ProcurementPlan(null, null, null);

        public ProcurementPlan {
            goods = goods == null ? BigDecimal.ZERO : goods;
            works = works == null ? BigDecimal.ZERO : works;
            services = services == null ? BigDecimal.ZERO : services;
        }

        public BigDecimal total() {
            return goods.add(works).add(services);
        }
    }

    /**
     * 国有资产占有使用情况.
     *
     * @param asOf the date the figures refer to (2023年12月31日)
     * @param vehicleQuota 公务用车编制
     * @param vehicles vehicles held by category (领导用车, 机要通信用车, 应急保障用车, 执法执勤用车, 特种专业技术用车,
     *                 事业单位业务用车, 其他公务用车); the sum is the number held (实有)
     * @param officeArea 办公用房建筑总面积 in 平方米
     * @param equipmentOver500k 单价50万元以上通用设备 count
     * @param equipmentOver1m 单价100万元以上通用设备 count
     */
    public record AssetFacts(String asOf, int vehicleQuota, Map<String, Integer> vehicles, BigDecimal officeArea,
                             int equipmentOver500k, int equipmentOver1m) {
        public static final AssetFacts NONE = new AssetFacts(null, 0, Map.of(), BigDecimal.ZERO, 0, 0);

        public AssetFacts {
            vehicles = vehicles == null ? Map.of() : java.util.Collections.unmodifiableMap(
                    new LinkedHashMap<>(vehicles));
            officeArea = officeArea == null ? BigDecimal.ZERO : officeArea;
        }

        /** The number of vehicles held (实有). */
        public int vehiclesHeld() {
            return vehicles.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
