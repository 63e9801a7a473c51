package io.gongkai.ingest.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gongkai.model.FactKind;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One small hand-made input per rule of docs/json-format.md, section "Narrative". */
class NarrativeParserTest {

    private static final String UNIT = "长治市屯留区某某中心";

    private final List<IngestIssue> issues = new ArrayList<>();

    @Test
    void aDecreaseIsANegativeChangeAndRate() {
        List<NarrativeFact> facts = facts("五、一般公共预算支出情况说明\n"
                + "2024年度长治市屯留区某某中心一般公共预算当年支出678.10万元,比上年减少25.39万元，下降3.61%。\n");

        assertThat(facts).extracting(NarrativeFact::kind, NarrativeFact::value, NarrativeFact::unit,
                NarrativeFact::subject).containsExactly(
                tuple(FactKind.AMOUNT, new BigDecimal("678.10"), "万元", "一般公共预算当年支出"),
                tuple(FactKind.CHANGE, new BigDecimal("-25.39"), "万元", "一般公共预算当年支出"),
                tuple(FactKind.CHANGE_RATE, new BigDecimal("-3.61"), "%", "一般公共预算当年支出"));
    }

    @Test
    void increasesArePositiveAndLowerIsNegative() {
        assertThat(facts("一、说明\n收入增加10万元，增长5%，成本降低2%。\n")).extracting(NarrativeFact::kind,
                NarrativeFact::value).containsExactly(
                tuple(FactKind.CHANGE, new BigDecimal("10")), tuple(FactKind.CHANGE_RATE, new BigDecimal("5")),
                tuple(FactKind.CHANGE_RATE, new BigDecimal("-2")));
    }

    @Test
    void thresholdsAreNotFacts() {
        List<NarrativeFact> facts = facts("十一、国有资产占有使用情况\n"
                + "占有使用价值50万元（原值）以上的通用设备0台（套）；单价100万元及以上设备1台（套）；"
                + "20万元以下项目3个。\n");

        assertThat(facts).extracting(NarrativeFact::value, NarrativeFact::unit, NarrativeFact::subject)
                .containsExactly(tuple(new BigDecimal("0"), "台（套）", "通用设备"),
                        tuple(new BigDecimal("1"), "台（套）", "设备"),
                        tuple(new BigDecimal("3"), "个", "项目"));
    }

    @Test
    void datesAreNotFacts() {
        assertThat(facts("十一、资产情况\n截至2024年4月27日，2023年度决算完成，共有车辆2辆。\n"))
                .extracting(NarrativeFact::value).containsExactly(new BigDecimal("2"));
    }

    @Test
    void everyUnitOfTheContractGivesItsKind() {
        List<NarrativeFact> facts = facts("一、说明\n"
                + "支出1万元，补助2400元，占3%，项目4个，车辆5辆，面积6平方米，设备7台（套），单位8家，人员9人，"
                + "驻村10名，会议11次，工作12项。\n");

        assertThat(facts).extracting(NarrativeFact::unit, NarrativeFact::kind).containsExactly(
                tuple("万元", FactKind.AMOUNT), tuple("元", FactKind.AMOUNT), tuple("%", FactKind.SHARE),
                tuple("个", FactKind.COUNT), tuple("辆", FactKind.COUNT), tuple("平方米", FactKind.QUANTITY),
                tuple("台（套）", FactKind.COUNT), tuple("家", FactKind.COUNT), tuple("人", FactKind.COUNT),
                tuple("名", FactKind.COUNT), tuple("次", FactKind.COUNT), tuple("项", FactKind.COUNT));
    }

    @Test
    void numbersKeepTheirPrintedScaleAndLoseThousandsSeparators() {
        List<NarrativeFact> facts = facts("二、收入预算情况说明\n预算收入总计1,554.77万元，基本支出560.3万元。\n");

        assertThat(facts.get(0).value()).isEqualTo(new BigDecimal("1554.77"));
        assertThat(facts.get(1).value()).isEqualTo(new BigDecimal("560.3"));
    }

    @Test
    void aNumberWrappedAcrossLinesIsJoinedAndPointsAtItsFirstLine() {
        List<NarrativeFact> facts = facts("一、说明\n预算收入总计1,55\n4.77万元，其中：本年收\n入847.18万\n元。\n");

        assertThat(facts).extracting(NarrativeFact::value, NarrativeFact::subject).containsExactly(
                tuple(new BigDecimal("1554.77"), "预算收入总计"), tuple(new BigDecimal("847.18"), "本年收入"));
        assertThat(facts.get(0).source().line()).isEqualTo(2);
        assertThat(facts.get(0).source().raw()).isEqualTo("预算收入总计1,55");
        assertThat(facts.get(1).source().line()).isEqualTo(4);
    }

    @Test
    void aShareTakesTheSubjectOfTheLastAmount() {
        assertThat(facts("十、绩效管理情况\n涉及项目金额572.00万元，占部门（单位）项目支出总额的100%。\n"))
                .extracting(NarrativeFact::kind, NarrativeFact::subject).containsExactly(
                        tuple(FactKind.AMOUNT, "涉及项目金额"), tuple(FactKind.SHARE, "涉及项目金额"));
    }

    @Test
    void aBareChangeTakesTheFirstAmountOfItsSentence() {
        List<NarrativeFact> facts = facts("一、收支变动情况\n"
                + "预算收入总计100万元，其中：本年收入80万元，比上年增加10万元，增长11.11%；"
                + "本年部门预算支出总计100万元，比2023年预算增加10万元。\n");

        assertThat(facts).extracting(NarrativeFact::kind, NarrativeFact::subject).containsExactly(
                tuple(FactKind.AMOUNT, "预算收入总计"), tuple(FactKind.AMOUNT, "本年收入"),
                tuple(FactKind.CHANGE, "预算收入总计"), tuple(FactKind.CHANGE_RATE, "预算收入总计"),
                tuple(FactKind.AMOUNT, "本年部门预算支出总计"), tuple(FactKind.CHANGE, "本年部门预算支出总计"));
    }

    @Test
    void aBareRateFollowsTheChangeBeforeIt() {
        assertThat(facts("一、说明\n与上年相比，收入总计减少10万元，下降5%，支出总计减少8万元，下降4%。\n"))
                .extracting(NarrativeFact::subject)
                .containsExactly("收入总计", "收入总计", "支出总计", "支出总计");
    }

    @Test
    void aChangeWithItsOwnSubjectKeepsIt() {
        assertThat(facts("一、说明\n主要原因是一是2024年比上年在职人员增加2人；二是补贴较上年增长13.5%。\n"))
                .extracting(NarrativeFact::kind, NarrativeFact::subject).containsExactly(
                        tuple(FactKind.CHANGE, "在职人员"), tuple(FactKind.CHANGE_RATE, "补贴"));
    }

    @Test
    void aBareChangeWithoutAmountsTakesTheClauseBefore() {
        assertThat(facts("一、说明\n二是保费较上年增长，相应的补贴支出增加，同比增长138.27%。\n"))
                .extracting(NarrativeFact::subject).singleElement().asString().contains("补贴支出");
    }

    @Test
    void subjectsLoseYearUnitNameAndLeadingConnectives() {
        List<NarrativeFact> facts = facts("二、收入预算情况说明\n"
                + "2024年度长治市屯留区某某中心预算收入100万元，主要包括一般公共预算拨款收入90万元；"
                + "其中：上年结转10万元；本单位共有公务用车3辆，主要用于以下方面：办公费2万元。\n");

        assertThat(facts).extracting(NarrativeFact::subject).containsExactly("预算收入", "一般公共预算拨款收入",
                "上年结转", "公务用车", "办公费");
    }

    @Test
    void aClauseStartsAtAnOpenBracketButNotAtAClosedOne() {
        assertThat(facts("七、三公经费\n其中:因公出国(境)费0万元（含会议费5万元）。\n"))
                .extracting(NarrativeFact::subject).containsExactly("因公出国(境)费", "含会议费");
    }

    @Test
    void aHalfWidthCommaBetweenDigitsIsNotAClauseEnd() {
        assertThat(facts("五、说明\n当年支出1,024.87万元,比上年增加160.97万元,增长18.63%。\n"))
                .extracting(NarrativeFact::subject).containsOnly("当年支出");
    }

    @Test
    void subSectionsLabelTheirFacts() {
        Narrative narrative = parse("""
                五、一般公共预算支出情况说明
                （一）一般公共预算当年支出规模变化情况
                当年支出100万元。
                （二）一般公共预算当年支出结构情况
                1、一般公共服务支出
                一般公共服务支出60万元。
                十、绩效管理情况
                1、整体绩效目标
                涉及资金100万元。
                2、项目绩效目标
                二级项目5个。
                """);

        assertThat(narrative.facts()).extracting(NarrativeFact::section, NarrativeFact::subject).containsExactly(
                tuple("五(一)", "当年支出"), tuple("五(二)", "一般公共服务支出"), tuple("十(1)", "涉及资金"),
                tuple("十(2)", "二级项目"));
        assertThat(narrative.factsIn("五")).hasSize(2);
    }

    @Test
    void sectionTextJoinsLinesWithoutBreaks() {
        Narrative narrative = parse("""
                一、部门预算收支数据变动情况及原因
                预算收入总计810.58万元，其
                 中：本年收入678.10万元 ，增长。
                二、收入预算情况说明
                收入 PDF
                text 无。
                """);

        assertThat(narrative.sections()).extracting(s -> s.number(), s -> s.title(), s -> s.text()).containsExactly(
                tuple("一", "部门预算收支数据变动情况及原因", "预算收入总计810.58万元，其中：本年收入678.10万元 ，增长。"),
                tuple("二", "收入预算情况说明", "收入 PDF text 无。"));
    }

    @Test
    void aSectionPrintedTwiceIsKeptOnceWithWhatIsNewAppended() {
        Narrative narrative = parse("""
                二、收入决算情况说明
                收入合计100万元。
                三、支出决算情况说明
                支出合计100万元。
                二、收入决算情况说明
                收入合计100万元。
                三、支出决算情况说明
                支出合计100万元。
                （三）具体情况
                一般公共服务支出60万元。
                """);

        assertThat(narrative.sections()).extracting(s -> s.number()).containsExactly("二", "三");
        assertThat(narrative.sections().get(1).text()).isEqualTo("支出合计100万元。（三）具体情况一般公共服务支出60万元。");
        assertThat(narrative.facts()).hasSize(3);
        assertThat(issues).hasSize(2);
    }

    @Test
    void listItemsNumberedLikeSectionsAreText() {
        Narrative narrative = parse("""
                五、一般公共预算支出情况说明
                一、一般公共服务支出100万元，主要用于办公。
                二、教育支出
                """);

        assertThat(narrative.sections()).extracting(s -> s.number()).containsExactly("五");
        assertThat(narrative.facts()).extracting(NarrativeFact::subject).containsExactly("一般公共服务支出");
    }

    @Test
    void aHeadingMayCarryItsTextAfterAColon() {
        Narrative narrative = parse("七、三公经费支出预算情况说明：本部门三公经费预算5万元。\n");

        assertThat(narrative.sections().get(0).title()).isEqualTo("三公经费支出预算情况说明");
        assertThat(narrative.sections().get(0).text()).isEqualTo("本部门三公经费预算5万元。");
        assertThat(narrative.facts()).extracting(NarrativeFact::subject).containsExactly("三公经费预算");
    }

    @Test
    void chartCaptionsAndAttachedDocumentsAreNotText() {
        Narrative narrative = parse("""
                二、收入预算情况说明
                收入100万元。
                收入预算图
                十二、其他说明
                无。
                长财综〔2023〕36 号
                现将有关文件转发给你们，资金50万元。
                """);

        assertThat(narrative.sections()).extracting(s -> s.text()).containsExactly("收入100万元。", "无。");
        assertThat(narrative.facts()).hasSize(1);
        assertThat(issues).singleElement().satisfies(i -> assertThat(i.message()).contains("长财综〔2023〕36号"));
    }

    @Test
    void aWordThatStartsWithAUnitIsNoUnit() {
        assertThat(facts("十、绩效\n纳入管理的1项目，其中2项完成。\n")).extracting(NarrativeFact::value)
                .containsExactly(new BigDecimal("2"));
    }

    @Test
    void aNarrativeNumberedInBracketsIsReadLikeOne() {
        Narrative narrative = parse("""
                （一）收支总体情况
                收入总计100万元。
                （二）三公经费支出预算情况说明
                1、总体情况
                三公经费5万元。
                """);

        assertThat(narrative.sections()).extracting(s -> s.number(), s -> s.title()).containsExactly(
                tuple("一", "收支总体情况"), tuple("二", "三公经费支出预算情况说明"));
        assertThat(narrative.facts()).extracting(NarrativeFact::section).containsExactly("一", "二(1)");
        assertThat(issues).isEmpty();
    }

    @Test
    void noHeadingsIsAnIssueAndAnEmptyNarrative() {
        assertThat(parse("本部门无说明。\n")).isEqualTo(Narrative.EMPTY);
        assertThat(issues).hasSize(1);
        assertThat(parse("")).isEqualTo(Narrative.EMPTY);
    }

    private List<NarrativeFact> facts(String text) {
        return parse(text).facts();
    }

    private Narrative parse(String text) {
        return new NarrativeParser().parse(Seed.lines(text), UNIT, issues);
    }
}
