package io.gongkai.ingest.goals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shapes a value cell can take, over compact text. */
class IndicatorValuesTest {

    @Test
    void recognisesDatesAndDeadlines() {
        assertThat(new String[] {"10月31日前", "6月底前", "2024年12月31日前", "2024年底前", "12月31日", "4月至9月",
            "3个工作日内", "5个自然日", "≤3个工作日", "3天内", "48小时内", "年底前", "当年年底前", "上半年", "年内完成",
            "当年"})
                .allSatisfy(v -> assertThat(IndicatorValues.isValue(v)).as(v).isTrue());
    }

    @Test
    void keepsEarlierShapes() {
        assertThat(new String[] {"≥8个", "100%", "200元/人/天", "95%以上", "3天以内", "及时", "明显提高", "6月"})
                .allSatisfy(v -> assertThat(IndicatorValues.isValue(v)).as(v).isTrue());
    }

    @Test
    void doesNotTakeNamesForDeadlines() {
        assertThat(new String[] {"补助资金兑付完成时间", "当年资金执行率", "年度资金总额", "10月31日前兑付补助资金"})
                .allSatisfy(v -> assertThat(IndicatorValues.isValue(v)).as(v).isFalse());
    }

    @Test
    void readsTheWholeDeadlineWhereAShorterNumberAlsoFits() {
        String text = "10月31日前";
        assertThat(IndicatorValues.on(text).numericEnd(0, text.length())).isEqualTo(text.length());
        String words = "年底前完成";
        assertThat(IndicatorValues.on(words).qualitativeEnd(0, words.length())).isEqualTo(words.length());
    }
}
