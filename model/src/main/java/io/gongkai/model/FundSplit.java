package io.gongkai.model;

import java.math.BigDecimal;

/**
 * Funds of a performance-goal table in 元, split by source. Each part is null when the cell is blank.
 *
 * @param total 资金总额
 * @param central 中央财政资金
 * @param provincial 省级财政资金
 * @param local 市县（区）财政资金
 * @param selfRaised 单位自筹
 * @param other 其他资金
 */
public record FundSplit(BigDecimal total, BigDecimal central, BigDecimal provincial, BigDecimal local,
                        BigDecimal selfRaised, BigDecimal other) {

    public static final FundSplit NONE = new FundSplit(null, null, null, null, null, null);
}
