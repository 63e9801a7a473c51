package io.gongkai.ingest.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.model.GlossaryEntry;
import io.gongkai.model.IngestIssue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GlossaryParserTest {

    private final GlossaryParser parser = new GlossaryParser();

    @ParameterizedTest
    @MethodSource("io.gongkai.ingest.narrative.Seed#budgetSeeds")
    void matchesTheGolden(String name) {
        Seed seed = Seed.load(name);
        List<IngestIssue> issues = new ArrayList<>();

        assertThat(parser.parse(seed.parts().glossary(), issues))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("source").containsExactlyElementsOf(golden(seed));
        assertThat(issues).isEmpty();
    }

    @Test
    void stopsAtTheNextPartAndIgnoresALoneRepeatedMark() {
        List<GlossaryEntry> entries = parser.parse(Seed.load("003_fb039c7f287ddd42").parts().glossary(),
                new ArrayList<>());

        assertThat(entries).hasSize(12);
        assertThat(entries.get(11)).usingRecursiveComparison().ignoringFields("source").isEqualTo(new GlossaryEntry("机关运行经费",
                "指行政单位和参照公务员法管理的事业单位财政拨款基本支出中的公用经费支出。"));
    }

    @Test
    void splitsAtTheColonOrBeforeShi() {
        List<GlossaryEntry> entries = parser.parse(Seed.lines("""
                一、基本支出：指为保障机构正常运转
                而发生的支出。
                二、一般公共预算是指以税收为主体的财政收入。
                三、国有资本经营预算是对国有资本收益作出支出安排的收支预算。
                四、政府购买服务：根据规定，政府购买服务，是指购买服务的行为。
                五、财政专户管理资金：
                专指教育收费。
                六、上年结转
                指以前年度安排的资金。
                7、单位资金是除财政资金以外的资金。
                """), new ArrayList<>());

        assertThat(entries).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source").containsExactly(
                new GlossaryEntry("基本支出", "指为保障机构正常运转而发生的支出。"),
                new GlossaryEntry("一般公共预算", "是指以税收为主体的财政收入。"),
                new GlossaryEntry("国有资本经营预算", "是对国有资本收益作出支出安排的收支预算。"),
                new GlossaryEntry("政府购买服务", "根据规定，政府购买服务，是指购买服务的行为。"),
                new GlossaryEntry("财政专户管理资金", "专指教育收费。"),
                new GlossaryEntry("上年结转", "指以前年度安排的资金。"),
                new GlossaryEntry("单位资金", "是除财政资金以外的资金。"));
    }

    @Test
    void readsAnUnnumberedGlossaryByItsColons() {
        List<GlossaryEntry> entries = parser.parse(Seed.lines("""
                基本支出：指人员支出和公用支出。
                项目支出：指特定目标的支出，
                包括专项支出。
                """), new ArrayList<>());

        assertThat(entries).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source").containsExactly(new GlossaryEntry("基本支出", "指人员支出和公用支出。"),
                new GlossaryEntry("项目支出", "指特定目标的支出，包括专项支出。"));
    }

    @Test
    void readsAGlossaryLaidOutAsATableRowByRow() {
        List<GlossaryEntry> entries = parser.parse(Seed.lines("""
                名词\t解释
                基本支出\t指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。
                “三公”经费\t指因公出国（境）费用、公务用车购置及运行费和公务接待费。
                """), new ArrayList<>());

        assertThat(entries).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source").containsExactly(
                new GlossaryEntry("基本支出", "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"),
                new GlossaryEntry("“三公”经费", "指因公出国（境）费用、公务用车购置及运行费和公务接待费。"));
    }

    @Test
    void anEntryWithoutDefinitionIsKeptAndReported() {
        List<IngestIssue> issues = new ArrayList<>();
        List<GlossaryEntry> entries = parser.parse(Seed.lines("一、基本支出\n"), issues);

        assertThat(entries).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source").containsExactly(new GlossaryEntry("基本支出", ""));
        assertThat(issues).hasSize(1);
    }

    private static List<GlossaryEntry> golden(Seed seed) {
        List<GlossaryEntry> out = new ArrayList<>();
        for (JsonNode n : seed.golden().path("glossary")) {
            out.add(new GlossaryEntry(n.path("term").asText(), n.path("definition").asText()));
        }
        return out;
    }
}
