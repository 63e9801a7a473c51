package io.gongkai.author.derive;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.author.BudgetExamples;
import io.gongkai.model.Report;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleReportTest {

    @Test
    void theExampleBudgetPassesEveryRule() throws Exception {
        Report report = new ReportAuthor().derive(BudgetExamples.countyAgriculture());
        CheckResult result = Checker.standard().check(report);
        List<Finding> serious = result.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        serious.forEach(f -> System.out.println(f.rule() + " " + f.severity() + " " + f.message()));
        result.findings().stream().filter(f -> f.severity() == Severity.INFO)
                .forEach(f -> System.out.println("INFO " + f.rule() + " " + f.message()));
        assertThat(serious).isEmpty();
    }
}
