package io.gongkai.ingest.goals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the labelled cells of a goal table's upper part ({@link GoalField}) in its compact text. A label is believed
 * where a cell can begin (after a break), in its own part of the template or a later one, and no more often than the
 * template prints it; so words like 年度目标 inside a goal's text stay text, unless they stand as a label cell of
 * their own: at the start of a line and set apart from the text after them by a wide break (fixed-pitch text
 * stacking {@code 实施期总体目标} and {@code 年度总体目标} in one column). Scanning stops at the indicator heading.
 */
final class GoalLabelScanner {

    /**
     * A label found.
     *
     * @param field which label
     * @param start where it starts in the stream
     * @param end where it ends
     */
    record Hit(GoalField field, int start, int end) {
    }

    private static final GoalField[] FIELDS = GoalField.values();
    /** Every character a label can start with; most characters of a table are not among them. */
    private static final String FIRST_CHARACTERS = "项主实年其省市县区单保立总绩一";

    private GoalLabelScanner() {
    }

    /** The labels in stream order; the last is {@link GoalField#INDICATORS} when the heading was found. */
    static List<Hit> scan(CompactStream s) {
        List<Hit> hits = new ArrayList<>();
        Map<GoalField, Integer> counts = new EnumMap<>(GoalField.class);
        Map<GoalField, Matcher> matchers = new EnumMap<>(GoalField.class);
        for (GoalField f : GoalField.values()) {
            matchers.put(f, f.pattern().matcher(s));
        }
        GoalField.Phase phase = GoalField.Phase.IDENTITY;
        int lastEnd = 0;
        int n = s.length();
        int pos = 0;
        while (pos < n) {
            Hit best = null;
            char c = s.charAt(pos);
            if (FIRST_CHARACTERS.indexOf(c) < 0) {
                pos++;
                continue;
            }
            for (GoalField f : FIELDS) {
                if (!f.canStartWith(c) || !mayStart(f, s, pos)) {
                    continue;
                }
                boolean allowed = allowed(f, phase, counts, pos == lastEnd);
                if (!allowed && !(f.repeat() == GoalField.Repeat.BEFORE_TEXT && f.phase().compareTo(phase) >= 0
                        && atLineStart(s, pos))) {
                    continue;
                }
                Matcher m = matchers.get(f);
                m.region(pos, n);
                if (m.lookingAt() && m.end() > pos && (allowed || s.wideBreakBefore(m.end()))
                        && (best == null || m.end() > best.end())) {
                    best = new Hit(f, pos, m.end());
                }
            }
            if (best == null) {
                pos++;
                continue;
            }
            hits.add(best);
            counts.merge(best.field(), 1, Integer::sum);
            if (best.field().phase().compareTo(phase) > 0) {
                phase = best.field().phase();
            }
            if (best.field() == GoalField.INDICATORS) {
                break;
            }
            pos = best.end();
            lastEnd = pos;
        }
        return hits;
    }

    private static boolean allowed(GoalField f, GoalField.Phase phase, Map<GoalField, Integer> counts,
                                   boolean nextToLabel) {
        if (f.phase().compareTo(phase) < 0) {
            return false;
        }
        int count = counts.getOrDefault(f, 0);
        return switch (f.repeat()) {
            case ONCE -> count == 0;
            case PER_HALF -> count < 2;
            case ANYWHERE -> true;
            case BEFORE_TEXT -> phase.compareTo(GoalField.Phase.GOALS) < 0 || nextToLabel;
        };
    }

    /** Whether the position starts a line of the stream. */
    private static boolean atLineStart(CompactStream s, int pos) {
        return s.lineStart(s.lineIndexAt(pos)) == pos;
    }

    private static boolean mayStart(GoalField f, CompactStream s, int pos) {
        if (s.breakBefore(pos)) {
            return true;
        }
        if (!f.mayBeGlued() || pos == 0) {
            return false;
        }
        char before = s.charAt(pos - 1);
        return Character.isDigit(before) || before == '：' || before == ':';
    }
}
