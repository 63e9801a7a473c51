package io.gongkai.ingest.goals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 总体目标 cell: period lines first, then annual lines, each wrapped at its own column width. */
class GoalTextSplitterTest {

    private static GoalTextSplitter.Goals split(Halves halves, String... lines) {
        CompactStream s = CompactStream.of(TestLines.of(lines));
        return GoalTextSplitter.split(s, 0, s.length(), halves);
    }

    @Test
    void splitsWhereBothPartsAreWrappedParagraphsThatReadAlike() {
        GoalTextSplitter.Goals g = split(Halves.BOTH,
                "支持企业参加境内外国际性展会、开展产品认证、降低企业出口物流成本，促进我区对外", "贸易高质量发展。",
                "支持企业参加境内外国际性展会、开展产品认证、降低", "企业出口物流成本，促进我区对外贸易高质量发展。");
        assertThat(g.period()).isEqualTo("支持企业参加境内外国际性展会、开展产品认证、降低企业出口物流成本，促进我区对外贸易高质量发展。");
        assertThat(g.annual()).isEqualTo(g.period());
    }

    @Test
    void splitsTextsThatDiffer() {
        GoalTextSplitter.Goals g = split(Halves.BOTH, "为保障代表正常履职，确保区乡两级人大正常", "运转，需申请办公经费 80 万元",
                "为保障代表正常履职，确保区乡两级", "人大正常运转，需申请办公经费 50", "万元");
        assertThat(g.period()).isEqualTo("为保障代表正常履职，确保区乡两级人大正常运转，需申请办公经费80万元");
        assertThat(g.annual()).isEqualTo("为保障代表正常履职，确保区乡两级人大正常运转，需申请办公经费50万元");
    }

    @Test
    void splitsTabSeparatedCells() {
        GoalTextSplitter.Goals g = split(Halves.BOTH, "按照相关文件精神,向6名遗属按时足额发放生活补助\t\t\t按照相关文件精神\t\t");
        assertThat(g.period()).isEqualTo("按照相关文件精神,向6名遗属按时足额发放生活补助");
        assertThat(g.annual()).isEqualTo("按照相关文件精神");
    }

    @Test
    void givesAOneHalfTableAllItsText() {
        GoalTextSplitter.Goals g = split(Halves.ANNUAL, "为群众提供法律援助服务，", "保障困难群众合法权益。");
        assertThat(g.period()).isNull();
        assertThat(g.annual()).isEqualTo("为群众提供法律援助服务，保障困难群众合法权益。");
    }
}
