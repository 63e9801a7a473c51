package io.gongkai.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoldDoublingRepairTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "收入收入 支出支出|收入 支出",
        "合计合计 847.18847.18 275.18275.18|合计 847.18 275.18",
        "2024年预算收支总表2024年预算收支总表|2024年预算收支总表",
        "本年收入合计本年收入合计 678.10678.10本年支出合计本年支出合计|本年收入合计 678.10本年支出合计",
        "当年预算安排当年预算安排上年结转安排上年结转安排|当年预算安排上年结转安排",
        "201 一般公共服务支出 16.93   16.9316.93|201 一般公共服务支出 16.93   16.93"})
    void halvesTextAndMoneyDrawnTwice(String raw, String repaired) {
        assertThat(BoldDoublingRepair.repair(raw)).isEqualTo(repaired);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', value = {
        "10.00 10.00",
        "1010",
        "人人",
        "2080505 机关事业单位基本养老保险缴费支出 23.08 23.08",
        "促进参展企业扩大销售市场促进参展企业扩大销售市场促进参展企业扩大销售市场",
        "其他资金 其他资金",
        "11 22"})
    void leavesGenuineRepetitionAlone(String text) {
        assertThat(BoldDoublingRepair.repair(text)).isEqualTo(text);
    }
}
