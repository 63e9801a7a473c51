package io.gongkai.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.classification.ClassificationRules;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic and classification rules never throw on odd content: blank names and codes, codes that are not
 * digits, keys in the wrong places, rows in random order, empty tables, negative and oddly scaled amounts.
 */
class OddContentTest {

    private static final List<Rule> RULES = Stream.concat(ArithmeticRules.all().stream(),
            ClassificationRules.all().stream()).toList();

    @Test
    void rulesNeverThrowOnOddRows() {
        Random random = new Random(20240101);
        List<UnaryOperator<TableRow>> oddities = List.of(
                r -> new TableRow(r.side(), null, null, null, r.level(), r.key(), r.amounts(), null),
                r -> new TableRow(r.side(), "", "", "", -1, r.key(), r.amounts(), null),
                r -> new TableRow(r.side(), "2O1x", r.name(), r.altName(), 9, "total", r.amounts(), null),
                r -> new TableRow(null, "2", r.name(), r.altName(), 0, "economicGroup",
                        Map.of("total", new BigDecimal("-1E+3"), "nonsense", new BigDecimal("0.0001")), null),
                r -> r.withAmount("total", null));
        for (String doc : List.of(TestReports.SEED_000, TestReports.SEED_001, TestReports.SEED_004,
                TestReports.FIXTURE_A, TestReports.FIXTURE_B)) {
            Report report = TestReports.load(doc);
            for (UnaryOperator<TableRow> odd : oddities) {
                run(mapRows(report, rows -> rows.stream().map(r -> random.nextBoolean() ? odd.apply(r) : r).toList()));
            }
            run(mapRows(report, rows -> {
                List<TableRow> shuffled = new ArrayList<>(rows);
                java.util.Collections.shuffle(shuffled, random);
                return shuffled;
            }));
            run(mapRows(report, rows -> List.of()));
            run(report.withTables(List.of()));
        }
    }

    private static Report mapRows(Report report, UnaryOperator<List<TableRow>> edit) {
        List<DisclosureTable> tables = report.tables().stream().map(t -> t.withRows(edit.apply(t.rows()))).toList();
        return report.withTables(tables);
    }

    private static void run(Report report) {
        for (Rule rule : RULES) {
            assertThatCode(() -> rule.check(report, new FindingSink(rule.doc())))
                    .as(rule.doc().id()).doesNotThrowAnyException();
        }
    }
}
