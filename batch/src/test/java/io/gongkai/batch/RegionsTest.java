package io.gongkai.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void theRegionIsThePlaceAtTheFrontOfTheUnitsName() {
        assertThat(Regions.of("长治市屯留区商务发展中心")).isEqualTo("长治市屯留区");
        assertThat(Regions.of("长治市屯留区人民代表大会常务委员会")).isEqualTo("长治市屯留区");
        assertThat(Regions.of("忻州市商务局")).isEqualTo("忻州市");
        assertThat(Regions.of("山西省财政厅")).isEqualTo("山西省");
        assertThat(Regions.of("山西省忻州市定襄县教育局")).isEqualTo("山西省忻州市定襄县");
        assertThat(Regions.of("长治市城区人民医院")).isEqualTo("长治市城区");
        assertThat(Regions.of("屯留区财政局")).isEqualTo("屯留区");
    }

    @Test
    void aBureausNameIsNotReadAsACounty() {
        assertThat(Regions.of("长治市自然资源局潞州区分局")).isEqualTo("长治市");
        assertThat(Regions.of("北京市市场监督管理局")).isEqualTo("北京市");
    }

    @Test
    void aNameWithoutAPlaceIsUnknown() {
        assertThat(Regions.of("市场监督管理局")).isEqualTo(Regions.UNKNOWN);
        assertThat(Regions.of("中华全国总工会")).isEqualTo(Regions.UNKNOWN);
        assertThat(Regions.of("")).isEqualTo(Regions.UNKNOWN);
        assertThat(Regions.of(null)).isEqualTo(Regions.UNKNOWN);
    }
}
