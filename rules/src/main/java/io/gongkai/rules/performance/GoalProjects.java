package io.gongkai.rules.performance;

import io.gongkai.catalog.text.CharacterNormalizer;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.support.NameCache;
import io.gongkai.rules.support.PerReport;
import io.gongkai.rules.support.Tables;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the project of table 12 (本年预算) or 13 (上年结转) that a 项目支出绩效目标表 is about, by name after
 * normalisation, or by the nearest name when the two differ by a slip (忻州市食品公司经营 / 忻州市食品公司经费).
 * Shared by the performance and completeness rules; stateless.
 */
public final class GoalProjects {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);
    private static final int MIN_CONTAINED = 4;

    private GoalProjects() {
    }

    /** How a goal's project name relates to the name in the tables. */
    public enum MatchKind {
        /** The same name after normalisation. */
        EXACT,
        /** A near miss: one or two characters differ, or one name contains the other. */
        NEAR
    }

    /**
     * The project rows a goal is about.
     *
     * @param kind exact or near
     * @param name the name as the tables print it
     * @param current rows of table 12 with that name
     * @param carryover rows of table 13 with that name
     */
    public record Match(MatchKind kind, String name, List<TableRow> current, List<TableRow> carryover) {

        public Match {
            current = List.copyOf(current);
            carryover = List.copyOf(carryover);
        }

        /** Σ of the project's table-12 合计 (万元). */
        public BigDecimal currentTotal() {
            return sum(current);
        }

        /** Σ of the project's table-13 合计 (万元). */
        public BigDecimal carryoverTotal() {
            return sum(carryover);
        }

        private static BigDecimal sum(List<TableRow> rows) {
            return rows.stream().map(r -> r.amount("total")).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * A name reduced for comparison: look-alikes mapped, NFKC, whitespace, quotes and punctuation removed,
     * brackets made ASCII.
     */
    public static String normalise(String name) {
        return name == null ? "" : NORMALISED.apply(name);
    }

    /** Normalised names: the same project names are compared again and again by many rules. */
    private static final NameCache NORMALISED = new NameCache(GoalProjects::normaliseOnce);

    private static String normaliseOnce(String name) {
        String s = Normalizer.normalize(CharacterNormalizer.normalize(name), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || "“”‘’\"'「」『』《》〈〉·・,，、.。:：;；!！?？-—_".indexOf(c) >= 0) {
                continue;
            }
            out.append(c == '（' || c == '〔' || c == '【' || c == '[' ? '('
                    : c == '）' || c == '〕' || c == '】' || c == ']' ? ')' : c);
        }
        return out.toString();
    }

    /** The project rows (key {@code project}) of a table, empty when the report lacks it. */
    public static List<TableRow> projects(Report report, TableType type) {
        if (type == TableType.PROJECTS_CURRENT) {
            return PROJECTS.of(report).get(0);
        }
        if (type == TableType.PROJECTS_CARRYOVER) {
            return PROJECTS.of(report).get(1);
        }
        return projectsOf(report, type);
    }

    /** The project rows of tables 12 and 13, read once per report. */
    private static final PerReport<List<List<TableRow>>> PROJECTS = new PerReport<>(report -> List.of(
            projectsOf(report, TableType.PROJECTS_CURRENT), projectsOf(report, TableType.PROJECTS_CARRYOVER)));

    private static List<TableRow> projectsOf(Report report, TableType type) {
        return Tables.of(report, type).map(DisclosureTable::rows).orElse(List.of()).stream()
                .filter(r -> r.isKey(RowKeys.PROJECT)).toList();
    }

    /** Whether the report publishes a project table (12 or 13), even an empty one. */
    public static boolean hasProjectTables(Report report) {
        return Tables.of(report, TableType.PROJECTS_CURRENT).isPresent()
                || Tables.of(report, TableType.PROJECTS_CARRYOVER).isPresent();
    }

    /** The project a goal is about: the same name, else the one nearest name, else empty. */
    public static Optional<Match> match(Report report, PerformanceGoal goal) {
        String name = goal.projectName();
        return name == null ? matchName(report, null) : MATCHES.of(report).computeIfAbsent(name,
                n -> matchName(report, n));
    }

    /** The matches of goals by project name, found once per report (many rules match the same goals). */
    private static final PerReport<Map<String, Optional<Match>>> MATCHES =
            new PerReport<>(report -> new ConcurrentHashMap<>());

    private static Optional<Match> matchName(Report report, String projectName) {
        String wanted = normalise(projectName);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<TableRow> current = projects(report, TableType.PROJECTS_CURRENT);
        List<TableRow> carryover = projects(report, TableType.PROJECTS_CARRYOVER);
        List<TableRow> exactCurrent = named(current, wanted);
        List<TableRow> exactCarryover = named(carryover, wanted);
        if (!exactCurrent.isEmpty() || !exactCarryover.isEmpty()) {
            String printed = (exactCurrent.isEmpty() ? exactCarryover : exactCurrent).get(0).name();
            return Optional.of(new Match(MatchKind.EXACT, printed, exactCurrent, exactCarryover));
        }
        String nearest = nearest(wanted, current, carryover);
        if (nearest == null) {
            return Optional.empty();
        }
        List<TableRow> nearCurrent = named(current, nearest);
        List<TableRow> nearCarryover = named(carryover, nearest);
        String printed = (nearCurrent.isEmpty() ? nearCarryover : nearCurrent).get(0).name();
        return Optional.of(new Match(MatchKind.NEAR, printed, nearCurrent, nearCarryover));
    }

    /**
     * Whether an amount in 万元 and one in 元 agree: exactly when the yuan amount rounds to the printed 万元
     * figure (238,040.66元 is 23.80万元), else as {@link Tolerance#scaled} judges.
     */
    public static Agreement wanAgreesWithYuan(BigDecimal wan, BigDecimal yuan) {
        // movePointLeft(4) is the same value as divide(TEN_THOUSAND) without an exact division's search for a
        // scale; setScale rounds the value, so the representation before it does not matter.
        BigDecimal rounded = yuan.movePointLeft(4).setScale(Math.max(wan.scale(), 0), RoundingMode.HALF_UP);
        if (rounded.compareTo(wan) == 0) {
            return Agreement.EXACT;
        }
        return Tolerance.scaled(wan, TEN_THOUSAND, yuan);
    }

    /** 万元 as 元, exactly. */
    public static BigDecimal toYuan(BigDecimal wan) {
        BigDecimal yuan = wan.multiply(TEN_THOUSAND).stripTrailingZeros();
        return yuan.scale() < 0 ? yuan.setScale(0) : yuan;
    }

    /** 元 as 万元 with two decimals, for messages. */
    public static BigDecimal toWan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<TableRow> named(List<TableRow> rows, String normalised) {
        return rows.stream().filter(r -> normalise(r.name()).equals(normalised)).toList();
    }

    private static String nearest(String wanted, List<TableRow> current, List<TableRow> carryover) {
        List<TableRow> all = new ArrayList<>(current);
        all.addAll(carryover);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (TableRow row : all) {
            String candidate = normalise(row.name());
            if (candidate.isEmpty() || candidate.equals(best)) {
                continue;
            }
            int distance = nearDistance(wanted, candidate);
            if (distance < 0) {
                continue;
            }
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The edit distance when two names are a near miss, else −1. */
    static int nearDistance(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= MIN_CONTAINED && (a.contains(b) || b.contains(a))) {
            return Math.abs(a.length() - b.length());
        }
        int distance = levenshtein(a, b);
        return distance <= Math.max(1, shorter / 4) && distance < shorter ? distance : -1;
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
