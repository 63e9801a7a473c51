package io.gongkai.rules.finalaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** FA-031 on seed 003's 十(三), 十(四) and 九(二). */
class NarrativeCountsAgreeRuleTest {

    private final NarrativeCountsAgreeRule rule = new NarrativeCountsAgreeRule();

    @Test
    void firesWhenTheVehicleCategoriesDoNotMakeTheVehiclesHeld() {
        Report report = ReportEdits.fact(TestReports.seed003(), subject("十(三)", "其他用车"), "3");
        assertThat(run(report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("车辆为2辆", "分类车辆合计3辆");
            assertThat(f.expected()).isEqualTo("3");
            assertThat(f.actual()).isEqualTo("2");
        });
    }

    @Test
    void firesWhenTheGradesDoNotMakeTheNumberEvaluated() {
        Report report = ReportEdits.fact(TestReports.seed003(), subject("十(四)", "二级项目绩效自评个数"), "8");
        assertThat(run(report)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("二级项目绩效自评个数为8个", "合计7个"));
    }

    @Test
    void firesWhenNoProjectIsEvaluatedButMoneyIsStated() {
        Report report = ReportEdits.fact(TestReports.seed003(), f -> f.section().equals("十(四)")
                && f.kind() == FactKind.AMOUNT && "元".equals(f.unit()), "1");
        assertThat(run(report)).singleElement().satisfies(f -> assertThat(f.message()).contains("个数为0却有金额"));
    }

    @Test
    void firesAProbableDefectWhenGroupsAbroadAreStatedWithoutMoney() {
        Report report = ReportEdits.fact(TestReports.seed003(), subject("九(二)", "出国团组"), "1");
        assertThat(run(report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("有个数却没有金额");
        });
    }

    @Test
    void staysSilentOnTheFinalAccountsDocuments() {
        for (Report report : List.of(TestReports.seed003(), TestReports.fixtureC(),
                TestReports.load("fixtures/pair/qingchuan-2022-final"))) {
            assertThat(run(report)).as(report.unit().name()).isEmpty();
        }
    }

    private static Predicate<NarrativeFact> subject(String section, String subject) {
        return f -> f.section().equals(section) && f.kind() == FactKind.COUNT
                && f.subject() != null && f.subject().contains(subject);
    }

    private List<Finding> run(Report report) {
        FindingSink sink = new FindingSink(rule.doc());
        rule.check(report, sink);
        return sink.findings();
    }
}
