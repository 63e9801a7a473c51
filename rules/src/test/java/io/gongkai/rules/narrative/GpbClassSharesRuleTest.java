package io.gongkai.rules.narrative;

import static io.gongkai.rules.narrative.Narratives.changed;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.FactKind;
import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NARR-013: 五(二) shares. */
class GpbClassSharesRuleTest {

    private final Rule rule = new GpbClassSharesRule();

    @Test
    void firesWhenAClassShareIsWrong() {
        Report report = changed(TestReports.seed004(), "五(二)", FactKind.SHARE, "一般公共服务支出", "58.09");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-013");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().section()).isEqualTo("情况说明五(二)");
            assertThat(f.expected()).isEqualTo("85.09");
            assertThat(f.actual()).isEqualTo("58.09");
        });
    }

    @Test
    void takesAShareOf0Point00AsRoundedButAPlain0AsNone() {
        // 0.02 of 678.10 is 0.0029%: printed 0.00% it is rounded correctly; printed 0% it claims nothing at all.
        Report withPart = Narratives.adding(TestReports.seed004(), "五(二)", FactKind.AMOUNT, "其他支出", "0.02", "万元");
        Report rounded = Narratives.adding(withPart, "五(二)", FactKind.SHARE, "其他支出", "0.00", "%");
        Report none = Narratives.adding(withPart, "五(二)", FactKind.SHARE, "其他支出", "0", "%");

        assertThat(Narratives.problems(rule, rounded)).isEmpty();
        assertThat(Narratives.problems(rule, none)).singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("0"));
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
