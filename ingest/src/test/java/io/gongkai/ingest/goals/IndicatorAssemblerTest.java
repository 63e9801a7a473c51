package io.gongkai.ingest.goals;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Indicator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grammar of the indicator table: fill-down, the two halves, blank rows, one-half tables. */
class IndicatorAssemblerTest {

    private static IndicatorAssembler.Result read(Halves fieldHalves, String... lines) {
        return IndicatorAssembler.assemble(IndicatorTokenizer.tokenize(TestLines.of(lines)), fieldHalves);
    }

    private static List<String> show(List<Indicator> indicators) {
        return indicators.stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "/" + i.value())
                .toList();
    }

    @Test
    void alternatesHalvesWithinAGroupAndFillsLabelsDown() {
        IndicatorAssembler.Result r = read(Halves.BOTH,
                "一级指标 二级指标 三级指标 指标值 二级指标 三级指标 指标值",
                "产出指标", "数量指标", "市场检查工作覆盖面 100%", "数量指标", "重点监督检查企业个≥8个",
                "重点监督检查企业个数 ≥8个 市场检查工作覆盖面100%",
                "时效指标 市场检查及时性 及时 时效指标 市场检查及时性 及时",
                "效益指标", "生态效益指标 生态效益指标");
        assertThat(show(r.period())).containsExactly("产出指标/数量指标/市场检查工作覆盖面/100%",
                "产出指标/数量指标/重点监督检查企业个数/≥8个", "产出指标/时效指标/市场检查及时性/及时");
        assertThat(show(r.annual())).containsExactly("产出指标/数量指标/重点监督检查企业个/≥8个",
                "产出指标/数量指标/市场检查工作覆盖面/100%", "产出指标/时效指标/市场检查及时性/及时");
    }

    @Test
    void aRepeatedLabelBeforeAnyPeriodIndicatorMeansThePeriodRowIsBlank() {
        IndicatorAssembler.Result r = read(Halves.BOTH, "三级指标 指标值 三级指标 指标值",
                "产出指标 成本指标", "成本指标", "总成本 ≥50 万", "元", "效益指标 社会效益指标 人民当家做主权利 保障");
        assertThat(show(r.period())).containsExactly("效益指标/社会效益指标/人民当家做主权利/保障");
        assertThat(show(r.annual())).containsExactly("产出指标/成本指标/总成本/≥50万元");
    }

    @Test
    void bothLabelsPrintedBeforeTheirRowAreNotABlankRow() {
        IndicatorAssembler.Result r = read(Halves.BOTH, "指标值 指标值",
                "产出指标 数量指标 数量指标", "培训人数 200人 培训人数 200人", "培训场次 4场 培训场次 4场");
        assertThat(show(r.period())).containsExactly("产出指标/数量指标/培训人数/200人", "产出指标/数量指标/培训场次/4场");
        assertThat(show(r.annual())).containsExactly("产出指标/数量指标/培训人数/200人", "产出指标/数量指标/培训场次/4场");
    }

    @Test
    void aLevel1LabelPrintedAgainAtAPageTopContinuesItsGroup() {
        IndicatorAssembler.Result r = read(Halves.BOTH, "指标值 指标值",
                "产出指标 质量指标", "补贴对象资格符合率 100%", "质量指标", "补贴对象资格符合率100%",
                "绩", "效", "指", "标", "产出指标", "质量指标", "工资标准执行合格率 100%", "质量指标", "工资标准执行合格率100%");
        assertThat(r.period()).extracting(Indicator::name).containsExactly("补贴对象资格符合率", "工资标准执行合格率");
        assertThat(r.annual()).extracting(Indicator::name).containsExactly("补贴对象资格符合率", "工资标准执行合格率");
    }

    @Test
    void putsEveryIndicatorOfAOneHalfTableInItsHalf() {
        IndicatorAssembler.Result r = read(Halves.BOTH, "绩效指标 一级指标 二级指标 三级指标 年度指标值",
                "产出指标 数量指标 法律援助案件数 ≥300件", "数量指标 普法宣传场次 ≥12场",
                "质量指标 案件结案率 ≥95%");
        assertThat(r.period()).isEmpty();
        assertThat(show(r.annual())).containsExactly("产出指标/数量指标/法律援助案件数/≥300件",
                "产出指标/数量指标/普法宣传场次/≥12场", "产出指标/质量指标/案件结案率/≥95%");
    }

    @Test
    void readsCostAsLevel1WhenCostLabelsFollow() {
        IndicatorAssembler.Result r = read(Halves.ANNUAL, "指标值",
                "成本指标 经济成本指标 人均培训成本 ≤500元/人", "产出指标 数量指标 培训人数 200人");
        assertThat(show(r.annual())).containsExactly("成本指标/经济成本指标/人均培训成本/≤500元/人",
                "产出指标/数量指标/培训人数/200人");
    }

    @Test
    void fillsInALostLevel1FromItsLevel2() {
        IndicatorAssembler.Result r = read(Halves.ANNUAL, "指标值",
                "产出指标 数量指标 培训人数 200人", "社会效益指标 群众法律意识 明显提高");
        assertThat(show(r.annual())).containsExactly("产出指标/数量指标/培训人数/200人",
                "效益指标/社会效益指标/群众法律意识/明显提高");
    }
}
