package io.gongkai.ingest.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels from the closed vocabulary, found however the PDF spaced, wrapped or clipped them. */
class IndicatorTokenizerTest {

    /** Tokens as short strings: {@code L:label} or {@code name|value}. */
    private static List<String> tokens(String... lines) {
        return IndicatorTokenizer.tokenize(TestLines.of(lines)).stream().map(t -> {
            if (t instanceof IndicatorToken.Label l) {
                return "L:" + l.label().text();
            }
            if (t instanceof IndicatorToken.Item i) {
                return i.name() + "|" + i.value();
            }
            return "/";
        }).toList();
    }

    @Test
    void findsSpacedAndWrappedLabels() {
        assertThat(tokens("可 持 续", "影 响 指", "标", "满意", "度指", "标"))
                .containsExactly("L:可持续影响指标", "L:满意度指标");
        assertThat(tokens("43 个 数量指", "标", "计划购置", "办公设备", "数量", "43 个"))
                .containsExactly("null|43个", "L:数量指标", "计划购置办公设备数量|43个");
    }

    @Test
    void readsAClippedLabelInFull() {
        assertThat(tokens("满意度指标 服务对象满意度指服务企业满意度 ≥90%"))
                .containsExactly("L:满意度指标", "L:服务对象满意度指标", "服务企业满意度|≥90%");
    }

    @Test
    void takesAWeakLabelBeforeAValueForAName() {
        assertThat(tokens("满意度指标 服务对象满意度指标 服务对象满意度 ≥90%"))
                .containsExactly("L:满意度指标", "L:服务对象满意度指标", "服务对象满意度|≥90%");
        assertThat(tokens("满意度指标 服务对象满意度 参展企业满意度 ≥95%"))
                .containsExactly("L:满意度指标", "L:服务对象满意度", "参展企业满意度|≥95%");
    }

    @Test
    void rejoinsLabelCellsThatWrappedSideBySide() {
        assertThat(tokens("效益 经 济 效 经 济 效", " 指标 益指标 益指标"))
                .containsExactly("L:效益指标", "L:经济效益指标", "L:经济效益指标");
    }

    @Test
    void rejoinsLabelsThatWrappedInTheirCellsInRowsThatKeepTheirTabs() {
        // A PDF's spaced, wrapped label cells (seed 004: 数 量 指 / 标) in an export that keeps the tabs: the rest of
        // a label starts the next line, the row's later cells after it.
        assertThat(tokens("\t产 出 指", "标\t数 量 指", "标\t完成工作任务数量\t≥145项\t数 量 指", "标\t完成工作任务数量\t≥145项",
                "\t\t质 量 指", "标\t验收合格率\t100%\t质 量 指", "标\t验收合格率\t100%",
                "\t满 意 度", "指 标\t服 务 对", "象 满 意", "度 指 标\t服务对象满意度\t≥93%\t服 务 对", "象 满 意",
                "度 指 标\t服务对象满意度\t≥93%"))
                .containsExactly("L:产出指标", "L:数量指标", "完成工作任务数量|≥145项", "L:数量指标", "完成工作任务数量|≥145项",
                        "/", "L:质量指标", "验收合格率|100%", "L:质量指标", "验收合格率|100%", "/", "L:满意度指标",
                        "L:服务对象满意度指标", "服务对象满意度|≥93%", "L:服务对象满意度指标", "服务对象满意度|≥93%", "/");
        // A row that ends in a name or a value is not joined with the next.
        assertThat(tokens("\t产出指标\t数量指标\t完成工作任务数量\t≥145项", "\t\t质量指标\t验收合格率\t100%"))
                .containsExactly("L:产出指标", "L:数量指标", "完成工作任务数量|≥145项", "/", "L:质量指标", "验收合格率|100%", "/");
    }

    @Test
    void stopsAtTheSignatureBlock() {
        assertThat(tokens("数量指标 参会次数 ≥3次／年", "负责人： 经办人： 联系电话： 填报日期： 20231122152823"))
                .containsExactly("L:数量指标", "参会次数|≥3次／年");
    }

    @Test
    void readsFixedPitchRowsByTheirCells() {
        assertThat(tokens(
                "产出指标        数量指标              扶持社会化服务面积          ≥6万亩",
                "                                      集中育秧示范点              ≥20个",
                "                时效指标              补助资金兑付完成时间        10月31日前",
                "                                      项目验收时间                验收合格后一个月内",
                "效益指标        可持续影响指标        种粮主体积极性              持续提高"))
                .containsExactly("L:产出指标", "L:数量指标", "扶持社会化服务面积|≥6万亩", "集中育秧示范点|≥20个",
                        "L:时效指标", "补助资金兑付完成时间|10月31日前", "项目验收时间|验收合格后一个月内",
                        "L:效益指标", "L:可持续影响指标", "种粮主体积极性|持续提高");
        assertThat(tokens("产出指标  数量指标  重点企业个数  按期推进  数量指标  重点企业个数  按期推进"))
                .containsExactly("L:产出指标", "L:数量指标", "重点企业个数|按期推进", "L:数量指标", "重点企业个数|按期推进");
    }

    @Test
    void readsTabSeparatedCellsRowByRow() {
        assertThat(tokens("\t\t产出指标\t数量指标\t遗属人员人数\t6名\t数量指标\t遗属人员人数\t6名",
                "\t\t\t\t下基层锻炼选调生人数\t4人\t\t下基层锻炼选调生人数\t4人"))
                .containsExactly("L:产出指标", "L:数量指标", "遗属人员人数|6名", "L:数量指标", "遗属人员人数|6名", "/",
                        "下基层锻炼选调生人数|4人", "下基层锻炼选调生人数|4人", "/");
    }
}
