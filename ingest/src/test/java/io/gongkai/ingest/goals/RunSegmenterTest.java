package io.gongkai.ingest.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a run of indicator text between two labels is cut into names and values. */
class RunSegmenterTest {

    private static List<String> read(String... lines) {
        CompactStream s = CompactStream.of(TestLines.of(lines));
        return RunSegmenter.segment(s, 0, s.length()).stream().map(p -> p.name() + "|" + p.value()).toList();
    }

    @Test
    void splitsAValueOffTheEndOfAClippedName() {
        assertThat(read("重点监督检查企业个≥8个")).containsExactly("重点监督检查企业个|≥8个");
        assertThat(read("解决职工养老保险参3人")).containsExactly("解决职工养老保险参|3人");
        assertThat(read("‘两保’资金，工资发放及时及时")).containsExactly("‘两保’资金，工资发放及时|及时");
        assertThat(read("促进了企业发展繁荣发展")).containsExactly("促进了企业发展繁荣|发展");
    }

    @Test
    void readsBothHalvesPrintedOnOneLine() {
        assertThat(read("重点监督检查企业个数 ≥8个 市场检查工作覆盖面100%"))
                .containsExactly("重点监督检查企业个数|≥8个", "市场检查工作覆盖面|100%");
        assertThat(read("商贸市场秩序稳定性 稳定 商贸市场秩序稳定性稳定"))
                .containsExactly("商贸市场秩序稳定性|稳定", "商贸市场秩序稳定性|稳定");
    }

    @Test
    void keepsValueWordsInsideNamesWhenTheValueStandsApart() {
        assertThat(read("促进了企业发展繁荣市场 发展")).containsExactly("促进了企业发展繁荣市场|发展");
        assertThat(read("单位日常运", "转保障程度", "提高")).containsExactly("单位日常运转保障程度|提高");
        assertThat(read("基本履职能", "力保障", "保障")).containsExactly("基本履职能力保障|保障");
        assertThat(read("预算联网监", "督软件系统", "维护", "1 套")).containsExactly("预算联网监督软件系统维护|1套");
    }

    @Test
    void keepsBracketsOfANameApartFromItsValue() {
        assertThat(read("市场检查工作达标率（%） 100%")).containsExactly("市场检查工作达标率（%）|100%");
    }

    @Test
    void joinsWrappedNamesAndValues() {
        assertThat(read("区人大代表培", "训标准", "200 元/人/", "天")).containsExactly("区人大代表培训标准|200元/人/天");
        assertThat(read("发放金", "额", "238040.6", "6 元")).containsExactly("发放金额|238040.66元");
        assertThat(read("培训区级人大", "代表", "195 人", "乡镇人大主席", "团", "10个 乡镇人大主席", "团", "10 个"))
                .containsExactly("培训区级人大代表|195人", "乡镇人大主席团|10个", "乡镇人大主席团|10个");
    }

    @Test
    void readsLetterSpacedCellsAsOneCell() {
        assertThat(read("单 位 正", "常 运 转", "保障度", "100%")).containsExactly("单位正常运转保障度|100%");
        assertThat(read("工 作 人", "员 满 意", "度", "≥90%")).containsExactly("工作人员满意度|≥90%");
    }

    @Test
    void completesTheLastNameWithACharacterPrintedAfterItsValue() {
        assertThat(read("人大代表荣", "誉感", "增强 人 大 代", "表 荣 誉", "增强", " 感"))
                .containsExactly("人大代表荣誉感|增强", "人大代表荣誉感|增强");
    }

    @Test
    void readsWordedValuesJoinedByPunctuation() {
        assertThat(read("人大工作历", "程", "传承、发扬")).containsExactly("人大工作历程|传承、发扬");
    }

    @Test
    void readsBoundsAfterNumbers() {
        assertThat(read("资金到位率 95%以上")).containsExactly("资金到位率|95%以上");
        assertThat(read("问题整改时限 3天以内 问题整改时限3天以内"))
                .containsExactly("问题整改时限|3天以内", "问题整改时限|3天以内");
    }

    @Test
    void readsDatesAndDeadlinesAsValues() {
        assertThat(read("补助资金兑付完成时间 10月31日前")).containsExactly("补助资金兑付完成时间|10月31日前");
        assertThat(read("补助资金兑付完成时间10月31日前")).containsExactly("补助资金兑付完成时间|10月31日前");
        assertThat(read("资金拨付时限 3个工作日内", "整改完成时间 年底前", "报送时间 2024年12月31日前", "完成时间 6月底前"))
                .containsExactly("资金拨付时限|3个工作日内", "整改完成时间|年底前", "报送时间|2024年12月31日前",
                        "完成时间|6月底前");
    }

    @Test
    void takesTheLastFixedPitchCellOfARowAsItsValue() {
        // Single-spaced, an unknown value shape stays part of the name; set apart by a run of spaces, it is the value.
        assertThat(read("项目验收时间 验收合格后一个月内")).containsExactly("项目验收时间验收合格后一个月内|null");
        assertThat(read("项目验收时间          验收合格后一个月内")).containsExactly("项目验收时间|验收合格后一个月内");
        assertThat(read("重点企业个数 ≥8个 重点企业个数 按计划推进"))
                .containsExactly("重点企业个数|≥8个", "重点企业个数按计划|推进");
        assertThat(read("重点企业个数    ≥8个        重点企业个数    按计划推进"))
                .containsExactly("重点企业个数|≥8个", "重点企业个数|按计划推进");
    }

    @Test
    void neverCutsAFixedPitchCell() {
        assertThat(read("补助资金兑付完成时间        10月31日前")).containsExactly("补助资金兑付完成时间|10月31日前");
        assertThat(read("全县粮食播种面积稳定          ≥38万亩")).containsExactly("全县粮食播种面积稳定|≥38万亩");
        assertThat(read("种粮主体积极性              持续提高", "集中育秧示范点              ≥20个"))
                .containsExactly("种粮主体积极性|持续提高", "集中育秧示范点|≥20个");
        assertThat(read("补助资金兑付完成        10月31日前", "                        时间"))
                .containsExactly("补助资金兑付完成时间|10月31日前");
    }

    @Test
    void readsByShapesWhereTheLayoutAllowsNoReading() {
        assertThat(read("检查企业个数  长长的未知取值文字内容超过八个字  抽查企业个数  ≥8个"))
                .containsExactly("检查企业个数长长的未知取值文字内容超过八个字抽查企业个数|≥8个");
    }

    @Test
    void keepsANameWithoutValue() {
        assertThat(read("长效管理制度建设")).containsExactly("长效管理制度建设|null");
    }
}
