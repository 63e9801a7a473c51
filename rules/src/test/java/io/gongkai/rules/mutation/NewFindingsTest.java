package io.gongkai.rules.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.Category;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Location;
import io.gongkai.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewFindingsTest {

    private static final Location CELL = Location.cell(3, "216 商业服务业等支出", "total");

    private static Finding finding(String rule, Severity severity, Location at, String message) {
        return new Finding(rule, severity, Category.ARITHMETIC, message, List.of(3), at, null, null, null, "",
                List.of());
    }

    @Test
    void aFindingAtTheSamePlaceWithAnotherMessageIsNotNew() {
        NewFindings baseline = NewFindings.against(List.of(finding("A-001", Severity.ERROR, CELL, "差 0.10")));

        assertThat(baseline.baselineCount()).isEqualTo(1);
        assertThat(baseline.in(List.of(finding("A-001", Severity.ERROR, CELL, "差 9.10")))).isEmpty();
    }

    @Test
    void aSecondFindingAtTheSamePlaceIsNew() {
        NewFindings baseline = NewFindings.against(List.of(finding("A-001", Severity.ERROR, CELL, "一")));
        Finding second = finding("A-001", Severity.ERROR, CELL, "二");

        assertThat(baseline.in(List.of(finding("A-001", Severity.ERROR, CELL, "一"), second)))
                .containsExactly(second);
    }

    @Test
    void anotherSeverityRuleOrPlaceIsNew() {
        NewFindings baseline = NewFindings.against(List.of(finding("A-001", Severity.WARNING, CELL, "x")));
        Finding error = finding("A-001", Severity.ERROR, CELL, "x");
        Finding otherRule = finding("A-002", Severity.WARNING, CELL, "x");
        Finding otherPlace = finding("A-001", Severity.WARNING, Location.table(3), "x");

        assertThat(baseline.in(List.of(error, otherRule, otherPlace))).containsExactly(error, otherRule, otherPlace);
    }

    @Test
    void infoFindingsNeverCount() {
        NewFindings baseline = NewFindings.against(List.of(finding("A-001", Severity.INFO, CELL, "尾数")));

        assertThat(baseline.baselineCount()).isZero();
        assertThat(baseline.in(List.of(finding("A-009", Severity.INFO, CELL, "尾数")))).isEmpty();
    }
}
