package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.SourceRef;
import io.gongkai.rules.Finding;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Test support for the narrative rules: running one rule, and reports with one narrative figure changed. */
final class Narratives {

    private Narratives() {
    }

    /** The five test documents: the three seeds and the two fixtures. */
    static List<Report> all() {
        return List.of(TestReports.seed000(), TestReports.seed001(), TestReports.seed004(), TestReports.fixtureA(),
                TestReports.fixtureB());
    }

    /** Everything a rule finds in a report. */
    static List<Finding> run(Rule rule, Report report) {
        FindingSink sink = new FindingSink(rule.doc());
        rule.check(report, sink);
        return sink.findings();
    }

    /** What a rule finds above INFO. */
    static List<Finding> problems(Rule rule, Report report) {
        return run(rule, report).stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    /** The first fact of a section and kind whose subject contains the words. */
    static Predicate<NarrativeFact> fact(String section, FactKind kind, String subject) {
        return f -> f.section().equals(section) && f.kind() == kind && f.subject().contains(subject);
    }

    /** A copy of the report with one narrative figure changed (as if the document printed another number). */
    static Report changed(Report report, String section, FactKind kind, String subject, String value) {
        return ReportEdits.fact(report, fact(section, kind, subject), value);
    }

    /** A copy of the report with one more narrative statement at the end of its facts. */
    static Report adding(Report report, String section, FactKind kind, String subject, String value, String unit) {
        List<NarrativeFact> facts = new ArrayList<>(report.narrative().facts());
        facts.add(new NarrativeFact(section, kind, subject, new BigDecimal(value), unit, SourceRef.NONE));
        return report.withNarrative(new Narrative(report.narrative().sections(), facts));
    }
}
