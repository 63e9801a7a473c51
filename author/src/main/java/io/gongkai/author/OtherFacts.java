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
 */
public record OtherFacts(LastYear lastYear, Reasons reasons, ProcurementPlan procurement, AssetFacts assets,
                         String purchasedServices) {

    public static final OtherFacts NONE = new OtherFacts(null, null, null, null, null);

    public OtherFacts {
        lastYear = lastYear == null ? LastYear.NONE : lastYear;
        reasons = reasons == null ? Reasons.NONE : reasons;
        procurement = procurement == null ? ProcurementPlan.NONE : procurement;
        assets = assets == null ? AssetFacts.NONE : assets;
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
     */
    public record LastYear(BigDecimal total, BigDecimal gpbCurrent, BigDecimal abroad, BigDecimal reception,
                           BigDecimal vehiclePurchase, BigDecimal vehicleOperation, BigDecimal operatingCosts) {
        public static final LastYear NONE = new LastYear(null, null, null, null, null, null, null);

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
     */
    public record Reasons(String total, String gpb, String threePublic, String operatingCosts) {
        public static final Reasons NONE = new Reasons(null, null, null, null);
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
