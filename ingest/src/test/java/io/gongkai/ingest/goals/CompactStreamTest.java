package io.gongkai.ingest.goals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Breaks remembered in the joined text of a goal table. */
class CompactStreamTest {

    /** The compact text with {@code |} before every wide break. */
    private static String wide(String... lines) {
        CompactStream s = CompactStream.of(TestLines.of(lines));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            sb.append(s.wideBreakBefore(i) ? "|" : "").append(s.charAt(i));
        }
        return sb.toString();
    }

    @Test
    void marksRunsOfSpacesAndTabsInsideALineAsWideBreaks() {
        assertThat(wide("产出指标        数量指标  扶持面积          ≥6万亩")).isEqualTo("产出指标|数量指标|扶持面积|≥6万亩");
        assertThat(wide("遗属人员人数\t6名")).isEqualTo("遗属人员人数|6名");
    }

    @Test
    void doesNotTakeLetterSpacingIndentationOrLineStartsForWideBreaks() {
        assertThat(wide("单 位 正 常 运 转", "          集中育秧示范点", "保障度 100%")).isEqualTo("单位正常运转集中育秧示范点保障度100%");
        CompactStream s = CompactStream.of(TestLines.of("数量  ≥8个"));
        assertThat(s.wideBreakBefore(s.length())).as("the end of the text").isFalse();
    }
}
