package io.gongkai.model;

import java.math.BigDecimal;

/**
 * 政府采购 budget in 万元, as stated in the narrative. Parts are null when not stated.
 *
 * @param total 政府采购预算总额
 * @param goods 货物
 * @param works 工程
 * @param services 服务
 * @param source where it was read
 */
public record Procurement(BigDecimal total, BigDecimal goods, BigDecimal works, BigDecimal services,
                          SourceRef source) {

    public static final Procurement NONE = new Procurement(null, null, null, null, SourceRef.NONE);

    public Procurement {
        source = source == null ? SourceRef.NONE : source;
    }
}
