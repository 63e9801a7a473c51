package io.gongkai.rules.testing;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Copies of a report with one thing changed: the way rule tests build a document where a rule must fire. */
public final class ReportEdits {

    private ReportEdits() {
    }

    /** Rows are matched by key, code or name. */
    public static Predicate<TableRow> row(String keyCodeOrName) {
        return r -> keyCodeOrName.equals(r.key()) || keyCodeOrName.equals(r.code())
                || keyCodeOrName.equals(r.name());
    }

    /** Changes the first matching row's cell (null blanks it). */
    public static Report cell(Report report, TableType type, Predicate<TableRow> which, String column,
                              String value) {
        return rows(report, type, rows -> {
            List<TableRow> copy = new ArrayList<>(rows);
            for (int i = 0; i < copy.size(); i++) {
                if (which.test(copy.get(i))) {
                    copy.set(i, copy.get(i).withAmount(column, value == null ? null : new BigDecimal(value)));
                    return copy;
                }
            }
            throw new IllegalArgumentException("no such row in " + type);
        });
    }

    /** Replaces a table's rows. */
    public static Report rows(Report report, TableType type, UnaryOperator<List<TableRow>> edit) {
        DisclosureTable table = report.table(type).orElseThrow(() -> new IllegalArgumentException("no " + type));
        return report.withTable(table.withRows(edit.apply(table.rows())));
    }

    /** Removes a table. */
    public static Report withoutTable(Report report, TableType type) {
        List<DisclosureTable> tables = new ArrayList<>(report.tables());
        tables.removeIf(t -> t.type() == type);
        return report.withTables(tables);
    }

    /** Changes the value of the first fact matching the predicate. */
    public static Report fact(Report report, Predicate<NarrativeFact> which, String value) {
        List<NarrativeFact> facts = new ArrayList<>(report.narrative().facts());
        for (int i = 0; i < facts.size(); i++) {
            if (which.test(facts.get(i))) {
                facts.set(i, facts.get(i).withValue(new BigDecimal(value)));
                return report.withNarrative(new Narrative(report.narrative().sections(), facts,
                        report.narrative().finalAccounts()));
            }
        }
        throw new IllegalArgumentException("no such fact");
    }

    /** Edits one performance goal by position. */
    public static Report goal(Report report, int index, UnaryOperator<PerformanceGoal> edit) {
        List<PerformanceGoal> goals = new ArrayList<>(report.performanceGoals());
        goals.set(index, edit.apply(goals.get(index)));
        return report.withPerformanceGoals(goals);
    }
}
