package io.gongkai.rules.mutation;

import io.gongkai.model.FactKind;
import io.gongkai.rules.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Recall over the mutation runs of several documents: per table (by canonical number), per kind of narrative
 * fact, overall for tables and for the narrative, and per document. Renders a Markdown table for test output and
 * docs/rules.md.
 */
public final class MutationSummary {

    /** The team's goal for changed table amounts: at least 95% caught. */
    public static final BigDecimal TABLE_GOAL_PERCENT = BigDecimal.valueOf(95);
    /** The team's goal for changed narrative figures: at least 85% caught. */
    public static final BigDecimal NARRATIVE_GOAL_PERCENT = BigDecimal.valueOf(85);

    private final List<MutationRun> runs;

    private MutationSummary(List<MutationRun> runs) {
        this.runs = List.copyOf(runs);
    }

    public static MutationSummary of(Collection<MutationRun> runs) {
        return new MutationSummary(new ArrayList<>(runs));
    }

    public List<MutationRun> runs() {
        return runs;
    }

    /** Recall of all table-cell mutants. */
    public Recall tables() {
        return recall(o -> o.mutant().part() == Mutant.Part.TABLE);
    }

    /** Recall of all narrative-fact mutants. */
    public Recall narrative() {
        return recall(o -> o.mutant().part() == Mutant.Part.NARRATIVE);
    }

    /** Whether both goals are met. */
    public boolean meetsGoals() {
        return tables().meets(TABLE_GOAL_PERCENT) && narrative().meets(NARRATIVE_GOAL_PERCENT);
    }

    /** Recall of table-cell mutants by canonical table number, in table order. */
    public Map<Integer, Recall> byTable() {
        Map<Integer, Recall> recall = new TreeMap<>();
        for (MutationRun run : runs) {
            for (MutantOutcome o : run.outcomes()) {
                if (o.mutant() instanceof CellMutant cell) {
                    recall.merge(cell.table().number(), one(o), Recall::plus);
                }
            }
        }
        return recall;
    }

    /** Recall of narrative mutants by kind of fact, in {@link FactKind} order; kinds without facts are left out. */
    public Map<FactKind, Recall> byFactKind() {
        Map<FactKind, Recall> recall = new EnumMap<>(FactKind.class);
        for (MutationRun run : runs) {
            for (MutantOutcome o : run.outcomes()) {
                if (o.mutant() instanceof FactMutant fact) {
                    recall.merge(fact.fact().kind(), one(o), Recall::plus);
                }
            }
        }
        return recall;
    }

    /** How many mutants each rule caught (a mutant counts for every rule with a new finding), by rule id. */
    public Map<String, Integer> caughtByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        for (MutationRun run : runs) {
            for (MutantOutcome o : run.outcomes()) {
                Set<String> rules = new LinkedHashSet<>();
                o.newFindings().stream().map(Finding::rule).forEach(rules::add);
                rules.forEach(r -> counts.merge(r, 1, Integer::sum));
            }
        }
        return counts;
    }

    /**
     * A Markdown table: one row per category (表1 … 表13, then AMOUNT … QUANTITY, then the two overall rows), one
     * column per document and one for all documents together; each cell reads 95.3% (143/150).
     */
    public String render() {
        StringBuilder sb = new StringBuilder("| 类别 category |");
        StringBuilder rule = new StringBuilder("|---|");
        for (MutationRun run : runs) {
            sb.append(' ').append(run.document()).append(" |");
            rule.append("---|");
        }
        sb.append(" 合计 all |\n").append(rule).append("---|\n");
        for (Integer table : byTable().keySet()) {
            row(sb, "表" + table, o -> o.mutant() instanceof CellMutant c && c.table().number() == table);
        }
        for (FactKind kind : byFactKind().keySet()) {
            row(sb, "说明 " + kind, o -> o.mutant() instanceof FactMutant f && f.fact().kind() == kind);
        }
        row(sb, "**表格金额 tables**", o -> o.mutant().part() == Mutant.Part.TABLE);
        row(sb, "**说明数字 narrative**", o -> o.mutant().part() == Mutant.Part.NARRATIVE);
        return sb.toString();
    }

    private void row(StringBuilder sb, String label, Predicate<MutantOutcome> which) {
        sb.append("| ").append(label).append(" |");
        for (MutationRun run : runs) {
            sb.append(' ').append(Recall.of(run.outcomes().stream().filter(which).toList())).append(" |");
        }
        sb.append(' ').append(recall(which)).append(" |\n");
    }

    private Recall recall(Predicate<MutantOutcome> which) {
        return Recall.of(runs.stream().flatMap(r -> r.outcomes().stream()).filter(which).toList());
    }

    private static Recall one(MutantOutcome o) {
        return new Recall(o.caught() ? 1 : 0, 1);
    }
}
