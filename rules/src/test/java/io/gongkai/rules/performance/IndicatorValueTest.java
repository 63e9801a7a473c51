package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorValueTest {

    @Test
    void readsBoundsUnitsAndPerUnits() {
        IndicatorValue v = IndicatorValue.parse("2.8万元/人").orElseThrow();
        assertThat(v.bound()).isEqualTo(IndicatorValue.Bound.EXACT);
        assertThat(v.yuan()).isEqualByComparingTo("28000");
        assertThat(v.perUnit("补助经费")).isEqualTo("人");

        IndicatorValue floor = IndicatorValue.parse("≥ 50 万元").orElseThrow();
        assertThat(floor.bound()).isEqualTo(IndicatorValue.Bound.AT_LEAST);
        assertThat(floor.perUnit("总成本")).isNull();

        assertThat(IndicatorValue.parse("95%以上").orElseThrow().bound()).isEqualTo(IndicatorValue.Bound.AT_LEAST);
        assertThat(IndicatorValue.parse("<10017元/年").orElseThrow().perUnit("生活补助人均发放金额")).isEqualTo("人");
        assertThat(IndicatorValue.parse("200元/人/天").orElseThrow().perUnit("培训标准")).isEmpty();
        assertThat(IndicatorValue.parse("≥6万亩").orElseThrow().quantityUnit()).isEqualTo("亩");
        assertThat(IndicatorValue.parse("6名").orElseThrow().quantityUnit()).isEqualTo("人");
        assertThat(IndicatorValue.parse("及时")).isEmpty();
    }
}
