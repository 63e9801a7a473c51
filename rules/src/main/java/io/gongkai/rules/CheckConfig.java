package io.gongkai.rules;

import java.util.Map;
import java.util.Set;

/**
 * What a user changes about the catalogue: rules to suppress and severities to override, by rule id.
 *
 * @param suppressed ids of rules not to run
 * @param severities severity overrides by rule id
 */
public record CheckConfig(Set<String> suppressed, Map<String, Severity> severities) {

    public static final CheckConfig DEFAULT = new CheckConfig(Set.of(), Map.of());

    public CheckConfig {
        suppressed = Set.copyOf(suppressed);
        severities = Map.copyOf(severities);
    }
}
