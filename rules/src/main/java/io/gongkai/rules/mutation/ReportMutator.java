package io.gongkai.rules.mutation;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.rules.RowNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes the single-amount mutants of one report: every published (non-blank) cell of every row of every table,
 * and every number the narrative states, each changed by a {@link Perturbation}. A mutant is the report a reader
 * would produce from the document with that one figure reprinted: besides the cell or fact itself, the views
 * derived from it change too ({@link DerivedViews}: project totals, 政府采购, 资产, and the statements of final
 * accounts when the mutator is given a statements reader) and the number is rewritten in
 * its section's text. Immutable and thread-safe; the bindings of derived views are computed once per baseline.
 */
public final class ReportMutator {

    /** Leaves a mutant's final-accounts statements as the baseline's reader gave them. */
    public static final Function<Narrative, FinalAccountsStatements> STATEMENTS_AS_READ = Narrative::finalAccounts;

    private final Report baseline;
    private final DerivedViews views;

    /** A mutator that leaves the statements of final accounts as read ({@link #STATEMENTS_AS_READ}). */
    public ReportMutator(Report baseline) {
        this(baseline, STATEMENTS_AS_READ);
    }

    /**
     * A mutator that re-reads the statements of final accounts from a mutant's rewritten narrative text with
     * {@code statementsReader} (ingest's {@code FinalAccountsAssembler::restate}), so that the narrative rules of
     * final accounts see the changed figure as a reader of the reprinted document would.
     */
    public ReportMutator(Report baseline, Function<Narrative, FinalAccountsStatements> statementsReader) {
        this.baseline = baseline;
        this.views = DerivedViews.of(baseline, statementsReader);
    }

    /** The unmutated report. */
    public Report baseline() {
        return baseline;
    }

    /** Every mutant: table cells in table, row and column order, then the narrative facts in document order. */
    public List<Mutant> mutants(Perturbation perturbation) {
        List<Mutant> mutants = new ArrayList<>();
        for (DisclosureTable table : baseline.tables()) {
            List<TableRow> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                TableRow row = rows.get(i);
                for (Map.Entry<String, BigDecimal> cell : row.amounts().entrySet()) {
                    BigDecimal printed = cell.getValue();
                    mutants.add(new CellMutant(table.type(), i, RowNames.of(row), cell.getKey(), printed,
                            perturbation.apply(printed)));
                }
            }
        }
        List<NarrativeFact> facts = baseline.narrative().facts();
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact fact = facts.get(i);
            mutants.add(new FactMutant(i, fact, perturbation.apply(fact.value())));
        }
        return mutants;
    }

    /** The report with the mutant's change made, derived views and section text included. */
    public Report apply(Mutant mutant) {
        if (mutant instanceof CellMutant cell) {
            return apply(cell);
        }
        return apply((FactMutant) mutant);
    }

    private Report apply(CellMutant mutant) {
        List<DisclosureTable> tables = new ArrayList<>(baseline.tables());
        for (int t = 0; t < tables.size(); t++) {
            DisclosureTable table = tables.get(t);
            if (table.type() == mutant.table()) {
                List<TableRow> rows = new ArrayList<>(table.rows());
                TableRow row = rows.get(mutant.rowIndex());
                rows.set(mutant.rowIndex(), row.withAmount(mutant.column(), mutant.mutated()));
                tables.set(t, table.withRows(rows));
                return views.afterCell(baseline.withTables(tables), mutant);
            }
        }
        throw new IllegalArgumentException("the report has no " + mutant.table());
    }

    private Report apply(FactMutant mutant) {
        Narrative narrative = baseline.narrative();
        List<NarrativeFact> facts = new ArrayList<>(narrative.facts());
        facts.set(mutant.factIndex(), mutant.fact().withValue(mutant.mutated()));
        Narrative changed = new Narrative(SectionText.rewrite(narrative, mutant.factIndex(), mutant.mutated()),
                facts, narrative.finalAccounts());
        return views.afterFact(baseline.withNarrative(changed), mutant);
    }
}
