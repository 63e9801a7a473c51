package io.gongkai.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Checker;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic catalogue against single changed amounts: every published table amount of every test document,
 * changed one at a time, must be caught by an arithmetic ERROR (the team's aim is 95% over all rules; inside a
 * table the identities tie every cell to another).
 */
class ChangedAmountsTest {

    private static final Checker ARITHMETIC = new Checker(ArithmeticRules.all(), CheckConfig.DEFAULT);

    @Test
    void almostEveryChangedTableAmountIsCaught() {
        int changed = 0;
        List<String> missed = new ArrayList<>();
        for (String doc : List.of(TestReports.SEED_000, TestReports.SEED_001, TestReports.SEED_004,
                TestReports.FIXTURE_A, TestReports.FIXTURE_B)) {
            Report report = TestReports.load(doc);
            for (DisclosureTable table : report.tables()) {
                for (int i = 0; i < table.rows().size(); i++) {
                    TableRow row = table.rows().get(i);
                    for (Map.Entry<String, BigDecimal> cell : row.amounts().entrySet()) {
                        for (String delta : List.of("1.00", "0.02")) {
                            changed++;
                            Report edited = change(report, table, i, cell.getKey(),
                                    cell.getValue().add(new BigDecimal(delta)));
                            if (!ARITHMETIC.check(edited).hasErrors()) {
                                missed.add(doc + " 表" + table.number() + "「" + row.name() + "」" + cell.getKey()
                                        + " " + delta);
                            }
                        }
                    }
                }
            }
        }
        System.out.println("changed " + changed + ", missed " + missed.size() + ": " + missed);
        assertThat(changed).isGreaterThan(2000);
        assertThat(missed.size() * 100.0 / changed).as("share missed, %s", missed).isLessThan(5.0);
    }

    @Test
    void noUnchangedDocumentHasAnArithmeticError() {
        for (String doc : List.of(TestReports.SEED_000, TestReports.SEED_001, TestReports.SEED_004,
                TestReports.FIXTURE_A, TestReports.FIXTURE_B)) {
            assertThat(ARITHMETIC.check(TestReports.load(doc)).findings())
                    .as(doc).allMatch(f -> f.severity() == Severity.INFO);
        }
    }

    private static Report change(Report report, DisclosureTable table, int index, String column, BigDecimal value) {
        List<TableRow> rows = new ArrayList<>(table.rows());
        rows.set(index, rows.get(index).withAmount(column, value));
        return report.withTable(table.withRows(rows));
    }
}
