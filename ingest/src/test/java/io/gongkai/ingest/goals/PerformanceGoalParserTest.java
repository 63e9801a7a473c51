package io.gongkai.ingest.goals;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Indicator;
import io.gongkai.model.PerformanceGoal;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end on templates the seeds do not show: one-half tables, in PDF text and in tab-separated cells. */
class PerformanceGoalParserTest {

    private final PerformanceGoalParser parser = new PerformanceGoalParser();

    private static List<String> show(List<Indicator> indicators) {
        return indicators.stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "/" + i.value())
                .toList();
    }

    @Test
    void readsAOneHalfTableInPdfText() {
        PerformanceGoalParser.Result r = parser.parse(TestLines.block("""
                某市市级预算部门（单位）项目支出绩效目标表
                （2024年度）
                项目名称 公共法律服务经费
                主管部门及代码 201-某市司法局 实施单位 某市法律援助中心
                项目属性 经常性项目 项目期 1年
                项目资金（元） 年度资金总额： 300,000
                其中：中央财政资金
                省级财政资金 50,000
                市县（区）财政资金 250,000
                单位自筹
                其他资金
                项目概况 为困难群众提供法律援助。
                立项依据 《法律援助法》
                项目设立必要性 保障困难群众合法权益
                保证项目实施的制度、措施 法律援助案件质量管理办法
                项目实施计划 全年受理法律援助案件，
                按季度拨付办案补贴。
                年度目标
                总体目标 为群众提供法律援助服务，保障困难群众合法权益。
                绩效指标 一级指标 二级指标 三级指标 指标值
                产出指标 数量指标 法律援助案件数 ≥300件
                质量指标 案件结案率 ≥95%
                时效指标 援助申请受理及时率 100%
                成本指标 案均补贴 ≤1000元/件
                效益指标 社会效益指标 群众法律意识 明显提高
                满意度指标 服务对象满意度指标 受援人满意度 ≥90%"""));

        assertThat(r.goals()).hasSize(1);
        PerformanceGoal g = r.goals().get(0);
        assertThat(g.projectName()).isEqualTo("公共法律服务经费");
        assertThat(g.departmentCode()).isEqualTo("201");
        assertThat(g.departmentName()).isEqualTo("某市司法局");
        assertThat(g.implementingUnit()).isEqualTo("某市法律援助中心");
        assertThat(g.attribute()).isEqualTo("经常性项目");
        assertThat(g.period()).isEqualTo("1年");
        assertThat(g.periodFunds().total()).isNull();
        assertThat(g.annualFunds().total()).isEqualByComparingTo("300000");
        assertThat(g.annualFunds().central()).isNull();
        assertThat(g.annualFunds().provincial()).isEqualByComparingTo(new BigDecimal("50000"));
        assertThat(g.annualFunds().local()).isEqualByComparingTo("250000");
        assertThat(g.annualFunds().selfRaised()).isNull();
        assertThat(g.plan()).isEqualTo("全年受理法律援助案件，按季度拨付办案补贴。");
        assertThat(g.periodGoal()).isNull();
        assertThat(g.annualGoal()).isEqualTo("为群众提供法律援助服务，保障困难群众合法权益。");
        assertThat(g.periodIndicators()).isEmpty();
        assertThat(show(g.annualIndicators())).containsExactly("产出指标/数量指标/法律援助案件数/≥300件",
                "产出指标/质量指标/案件结案率/≥95%", "产出指标/时效指标/援助申请受理及时率/100%",
                "产出指标/成本指标/案均补贴/≤1000元/件", "效益指标/社会效益指标/群众法律意识/明显提高",
                "满意度指标/服务对象满意度指标/受援人满意度/≥90%");
        assertThat(g.annualIndicators().get(1).source().line()).isEqualTo(22);
        assertThat(g.source().line()).isEqualTo(1);
        assertThat(r.issues()).isEmpty();
    }

    @Test
    void readsAFixedPitchOneHalfTableWhoseGoalLabelNamesItsHalf() {
        PerformanceGoalParser.Result r = parser.parse(TestLines.block("""
                                        2024年度项目支出绩效目标表
                项目名称                    粮食生产扶持资金
                项目属性                    经常性项目              项目期      1年
                                            年度资金总额：               1,800,000
                项目资金（元）              市县（区）财政资金           1,800,000
                项目实施计划                3月制定实施方案，10月底
                                            前兑付补助资金。
                年度总体目标                扶持粮食生产社会化服务面积6万亩以上，全县粮食播种面
                                            积稳定在38万亩以上。
                                  绩效指标
                一级指标        二级指标              三级指标                    指标值
                产出指标        数量指标              扶持社会化服务面积          ≥6万亩
                                时效指标              补助资金兑付完成时间        10月31日前
                                                      项目验收时间                验收合格后一个月内
                效益指标        可持续影响指标        种粮主体积极性              持续提高

                填报人：王晓明        联系电话：0739-5821036"""));

        PerformanceGoal g = r.goals().get(0);
        assertThat(g.plan()).isEqualTo("3月制定实施方案，10月底前兑付补助资金。");
        assertThat(g.periodGoal()).isNull();
        assertThat(g.annualGoal()).isEqualTo("扶持粮食生产社会化服务面积6万亩以上，全县粮食播种面积稳定在38万亩以上。");
        assertThat(show(g.annualIndicators())).containsExactly("产出指标/数量指标/扶持社会化服务面积/≥6万亩",
                "产出指标/时效指标/补助资金兑付完成时间/10月31日前", "产出指标/时效指标/项目验收时间/验收合格后一个月内",
                "效益指标/可持续影响指标/种粮主体积极性/持续提高");
        assertThat(r.issues()).isEmpty();
    }

    @Test
    void fillsTheHalfItsGoalHeadingNamesWithoutATotalGoalCell() {
        PerformanceGoal annual = parser.parse(TestLines.block("""
                项目支出绩效目标表
                项目名称 公共法律服务经费
                项目资金（元） 年度资金总额： 300,000
                项目实施计划 全年受理法律援助案件。
                年度目标 为群众提供法律援助服务，
                保障困难群众合法权益。
                绩效指标 一级指标 二级指标 三级指标 指标值
                产出指标 数量指标 法律援助案件数 ≥300件""")).goals().get(0);
        assertThat(annual.periodGoal()).isNull();
        assertThat(annual.annualGoal()).isEqualTo("为群众提供法律援助服务，保障困难群众合法权益。");

        PerformanceGoal period = parser.parse(TestLines.block("""
                项目支出绩效目标表
                项目名称 信息系统建设
                项目资金（元） 实施期资金总额： 900,000
                项目实施计划 分三年建成。
                实施期总体目标 建成全市统一的信息平台，
                实现数据共享。
                绩效指标 一级指标 二级指标 三级指标 指标值
                产出指标 数量指标 接入单位数 ≥50个""")).goals().get(0);
        assertThat(period.periodGoal()).isEqualTo("建成全市统一的信息平台，实现数据共享。");
        assertThat(period.annualGoal()).isNull();
        assertThat(show(period.periodIndicators())).containsExactly("产出指标/数量指标/接入单位数/≥50个");
    }

    /** A heading at a line start is a label cell only where a run of spaces sets it apart from its text. */
    @Test
    void readsGoalHeadingsStackedInOneColumn() {
        PerformanceGoal g = parser.parse(TestLines.block("""
                项目支出绩效目标表
                项目名称                    信息系统建设
                项目资金（元）              实施期资金总额：    900,000    年度资金总额：    300,000
                项目实施计划                分三年建成。
                实施期总体目标              建成全市统一的信息平台，实现
                                            年度目标与长期目标衔接。
                年度总体目标                完成平台一期建设，接入20个单位。
                绩效指标
                一级指标  二级指标  三级指标  实施期指标值  二级指标  三级指标  年度指标值
                产出指标  数量指标  接入单位数  ≥50个  数量指标  接入单位数  ≥20个""")).goals().get(0);
        assertThat(g.periodGoal()).isEqualTo("建成全市统一的信息平台，实现年度目标与长期目标衔接。");
        assertThat(g.annualGoal()).isEqualTo("完成平台一期建设，接入20个单位。");
        assertThat(show(g.periodIndicators())).containsExactly("产出指标/数量指标/接入单位数/≥50个");
        assertThat(show(g.annualIndicators())).containsExactly("产出指标/数量指标/接入单位数/≥20个");
    }

    @Test
    void readsConsecutiveTabSeparatedTablesWithoutSignatureBlocks() {
        String table = """
                某市市级预算部门（单位）项目支出绩效目标表
                项目名称\t\t%s\t\t
                主管部门及代码\t\t409-某市商务局\t\t实施单位\t某市商务局
                项目资金（元）\t年度资金总额：\t%s\t\t
                \t其中：中央财政资金\t0\t\t
                \t市县（区）财政资金\t%s\t\t
                年度目标\t\t\t
                总体目标\t按月足额发放补助\t\t
                绩效指标\t一级指标\t二级指标\t三级指标\t指标值
                \t产出指标\t数量指标\t补助人数\t3人
                \t\t\t其他补助人数\t4人
                满意度指标\t服务对象满意度指标\t工作人员满意度\t≥95%%\t""";
        String doc = table.formatted("驻村干部补助", "196,000", "196,000") + "\n"
                + table.formatted("遗属补助", "60,100", "60,100");

        PerformanceGoalParser.Result r = parser.parse(TestLines.block(doc));

        assertThat(r.goals()).extracting(PerformanceGoal::projectName).containsExactly("驻村干部补助", "遗属补助");
        PerformanceGoal g = r.goals().get(1);
        assertThat(g.annualFunds().total()).isEqualByComparingTo("60100");
        assertThat(g.annualFunds().local()).isEqualByComparingTo("60100");
        assertThat(g.annualGoal()).isEqualTo("按月足额发放补助");
        assertThat(show(g.annualIndicators())).containsExactly("产出指标/数量指标/补助人数/3人",
                "产出指标/数量指标/其他补助人数/4人", "满意度指标/服务对象满意度指标/工作人员满意度/≥95%");
    }

    @Test
    void reportsWhatItCannotRead() {
        PerformanceGoalParser.Result r = parser.parse(TestLines.of("某区预算部门（单位）项目支出绩效目标表",
                "实施期资金总额： 十五万 年度资金总额：", "一级指标 二级指标 三级指标 指标值"));

        assertThat(r.goals()).hasSize(1);
        assertThat(r.goals().get(0).projectName()).isNull();
        assertThat(r.goals().get(0).periodFunds().total()).isNull();
        assertThat(r.issues()).extracting(i -> i.message().split(" / ")[1]).contains(
                "goal table without a project name", "unreadable amount", "no indicators read in goal table null");
    }

    @Test
    void readsNothingWhereThereIsNoTable() {
        assertThat(parser.parse(List.of()).goals()).isEmpty();
        assertThat(parser.parse(TestLines.of("十、绩效管理情况", "（项目绩效目标表公开情况见附件）")).goals()).isEmpty();
    }
}
