package io.gongkai.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NARR-028: class names in 四 and 五. */
class ClassNamesMatchTablesRuleTest {

    private final Rule rule = new ClassNamesMatchTablesRule();

    @Test
    void firesOnSeed001sMisnamedClass() {
        // Seed 001 line 512: 一般公共预算服务支出795.44万元 for 201 一般公共服务支出.
        assertThat(Narratives.run(rule, TestReports.seed001())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-028");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().table()).isEqualTo(5);
            assertThat(f.location().row()).isEqualTo("201 一般公共服务支出");
            assertThat(f.expected()).isEqualTo("一般公共服务支出");
            assertThat(f.actual()).isEqualTo("一般公共预算服务支出");
            assertThat(f.evidence()).anySatisfy(e -> assertThat(e.source().line()).isEqualTo(512));
        });
    }

    @Test
    void staysSilentWhereClassesAreNamedAsInTheTables() {
        for (Report report : List.of(TestReports.seed000(), TestReports.seed004(), TestReports.fixtureA(),
                TestReports.fixtureB())) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
