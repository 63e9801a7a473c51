package io.gongkai.ingest.goals;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.text.SourceLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Label cells that wrapped side by side are paired up again. */
class LabelTranspositionTest {

    @Test
    void pairsTheHalvesOfSideBySideLabels() {
        List<SourceLine> lines = TestLines.of("效益 经 济 效 经 济 效", " 指标 益指标 益指标");
        assertThat(LabelTransposition.interleaved(lines.get(0), lines.get(1)))
                .containsExactly("效益指标", "经济效益指标", "经济效益指标");
        List<SourceLine> repaired = LabelTransposition.repair(lines);
        assertThat(repaired).hasSize(1);
        assertThat(repaired.get(0).text()).isEqualTo("效益指标 经济效益指标 经济效益指标");
        assertThat(repaired.get(0).number()).isEqualTo(1);
    }

    @Test
    void leavesOneWrappedLabelAndOrdinaryTextAlone() {
        assertThat(LabelTransposition.repair(TestLines.of("成 本 指", "标"))).extracting(SourceLine::text)
                .containsExactly("成 本 指", "标");
        assertThat(LabelTransposition.repair(TestLines.of("产出指标 数量指标", "计划购置办"))).hasSize(2);
    }
}
