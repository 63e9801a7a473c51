package io.gongkai.rules.narrative;

import java.util.List;

/**
 * What a narrative amount states and the table figures it may equal. A statement is right when it agrees with any
 * candidate (templates word the same figure for different tables, 一般公共预算拨款 in 四 is this year's or the
 * whole), and a finding names the first.
 *
 * @param role what the amount states
 * @param candidates the figures it may equal, most likely first; empty when the tables do not say
 */
record Binding(Role role, List<Figure> candidates) {

    static final Binding NONE = new Binding(Role.NONE, List.of());

    Binding {
        candidates = List.copyOf(candidates);
    }

    boolean bound() {
        return !candidates.isEmpty();
    }
}
