package io.gongkai.store;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Finding;
import io.gongkai.rules.linkage.PairChecker;
import io.gongkai.rules.linkage.ReportPair;
import io.gongkai.rules.linkage.ReportPairing;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The budget and the final accounts of the same unit and year among the stored reports (预决算衔接), found by the
 * rule of {@link io.gongkai.rules.linkage.ReportPairing} for named units: the same year and the same unit name
 * after {@link ReportPairing#unitKey normalisation}. A report is paired with the latest version of the other kind,
 * so a new version of either document replaces the old one in the pair. When several units of that name (in
 * different regions) have one, the same stored unit comes first, then the same region, then the oldest report.
 * Reports without a unit name are never paired.
 */
public final class ReportPairs {

    private final JdbcTemplate jdbc;
    private final ReportStore store;
    private final PairChecker checker;

    public ReportPairs(DataSource dataSource, ReportStore store) {
        this(dataSource, store, PairChecker.standard());
    }

    public ReportPairs(DataSource dataSource, ReportStore store, PairChecker checker) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.store = Objects.requireNonNull(store, "store");
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /**
     * A stored budget and final accounts that belong together.
     *
     * @param budget the budget (部门预算)
     * @param finalAccounts the final accounts (部门决算) of the same unit and year
     */
    public record StoredPair(StoredReport budget, StoredReport finalAccounts) {

        public StoredPair {
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(finalAccounts, "finalAccounts");
        }

        /** The report of the pair that is not the one with this id. */
        public StoredReport other(long reportId) {
            return budget.id() == reportId ? finalAccounts : budget;
        }
    }

    private record Candidate(long id, long unitId, String region, String name) {
    }

    /** The pair this stored report belongs to, with the latest version of the other kind; empty when none. */
    public Optional<StoredPair> pairOf(StoredReport report) {
        String key = unitKey(report.unit().name());
        if (key == null) {
            return Optional.empty();
        }
        boolean budget = ReportKind.BUDGET.name().equals(report.kind());
        String otherKind = (budget ? ReportKind.FINAL_ACCOUNTS : ReportKind.BUDGET).name();
        List<Candidate> candidates = jdbc.query("SELECT r.id, r.unit_id, r.unit_region, r.unit_name FROM reports r "
                        + "WHERE r.latest = TRUE AND r.report_year = ? AND r.kind = ? ORDER BY r.id",
                (rs, i) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
                report.year(), otherKind);
        Candidate best = null;
        for (Candidate c : candidates) {
            if (key.equals(unitKey(c.name())) && (best == null || rank(c, report) < rank(best, report))) {
                best = c;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return store.find(best.id()).map(other -> budget ? new StoredPair(report, other)
                : new StoredPair(other, report));
    }

    /**
     * The linkage findings of a stored pair (LINK-001…), checked on both reports as read back from their canonical
     * JSON documents.
     */
    public List<Finding> findings(StoredPair pair) {
        Report budget = store.report(pair.budget().id()).orElseThrow();
        Report finalAccounts = store.report(pair.finalAccounts().id()).orElseThrow();
        return checker.check(new ReportPair(budget, finalAccounts));
    }

    /** 0 for the same stored unit, 1 for the same region, 2 for another region. */
    private static int rank(Candidate candidate, StoredReport report) {
        if (candidate.unitId() == report.unit().id()) {
            return 0;
        }
        return candidate.region().equals(report.unit().region()) ? 1 : 2;
    }

    /** The unit name as pairing compares it, or null for a report whose unit was not read. */
    private static String unitKey(String name) {
        if (name == null || name.isBlank() || ReportStore.UNIDENTIFIED_UNIT.equals(name)) {
            return null;
        }
        String key = ReportPairing.unitKey(name);
        return key.isEmpty() ? null : key;
    }
}
