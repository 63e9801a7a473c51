package io.gongkai.rules;

import io.gongkai.model.Report;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of checking one report, ordered by severity, then table and rule.
 *
 * @param report the report checked
 * @param findings the findings
 */
public record CheckResult(Report report, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    /** How many findings of each severity. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
