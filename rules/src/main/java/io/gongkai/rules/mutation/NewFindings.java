package io.gongkai.rules.mutation;

import io.gongkai.rules.Finding;
import io.gongkai.rules.Location;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ERROR and WARNING findings of the unmutated report, counted by rule, location and severity, against which
 * a mutant's findings are compared. A mutant's finding is new when the mutant has more findings with its rule,
 * location and severity than the baseline has (a multiset difference: a second finding at the same place
 * counts, a changed message or value at the same place does not). INFO findings, rounding remarks among them,
 * never count. Immutable and thread-safe.
 */
public final class NewFindings {

    /** What identifies a finding for the comparison. */
    public record Key(String rule, Location location, Severity severity) {

        static Key of(Finding f) {
            return new Key(f.rule(), f.location(), f.severity());
        }
    }

    private final Map<Key, Integer> baseline;

    private NewFindings(Map<Key, Integer> baseline) {
        this.baseline = Map.copyOf(baseline);
    }

    /** The comparison against the findings of the unmutated report. */
    public static NewFindings against(List<Finding> baselineFindings) {
        Map<Key, Integer> counts = new HashMap<>();
        for (Finding f : baselineFindings) {
            if (counts(f)) {
                counts.merge(Key.of(f), 1, Integer::sum);
            }
        }
        return new NewFindings(counts);
    }

    /** How many ERROR and WARNING findings the baseline has. */
    public int baselineCount() {
        return baseline.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The ERROR and WARNING findings of a mutant beyond those of the baseline, in the order given. */
    public List<Finding> in(List<Finding> mutantFindings) {
        Map<Key, Integer> left = null;
        List<Finding> added = new ArrayList<>();
        for (Finding f : mutantFindings) {
            if (!counts(f)) {
                continue;
            }
            if (left == null) {
                left = new HashMap<>(baseline);
            }
            Key key = Key.of(f);
            int remaining = left.getOrDefault(key, 0);
            if (remaining > 0) {
                left.put(key, remaining - 1);
            } else {
                added.add(f);
            }
        }
        return added;
    }

    private static boolean counts(Finding f) {
        return f.severity() == Severity.ERROR || f.severity() == Severity.WARNING;
    }
}
