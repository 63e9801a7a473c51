package io.gongkai.server.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.render.findings.FindingsJsonWriter;
import io.gongkai.render.findings.LinkedCheck;
import io.gongkai.rules.Finding;
import io.gongkai.rules.linkage.ReportPair;
import io.gongkai.store.ReportPairs;
import io.gongkai.store.ReportSearch;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * 预决算衔接 for the report page and the API: the stored budget or final accounts that pairs with a report
 * ({@link ReportPairs}) and the linkage findings of the two, kept like the page's other views. Which report pairs
 * with which depends only on which reports are stored, and reports are only ever added (a replacement is a new
 * version with a new id), so a pair found is kept with the database state ({@link ReportSearch#state()}) it was
 * found in and looked up again once that changes. Two stored versions never change, so the findings of a pair
 * are kept by the pair's two ids for as long as there is room.
 */
@Component
public class ReportLinkage {

    /** The most reports (pair look-ups) and pairs (findings) kept; least recently used go first. */
    static final int CAPACITY = 256;

    private final ReportSearch search;
    private final ReportPairs pairs;

    private final Map<Long, KeptPair> pairByReport = lru();
    private final Map<List<Long>, List<Finding>> findingsByPair = lru();

    ReportLinkage(ReportSearch search, ReportPairs pairs) {
        this.search = search;
        this.pairs = pairs;
    }

    private record KeptPair(long state, Optional<ReportPairs.StoredPair> pair) {
    }

    /**
     * A report's linkage.
     *
     * @param report the report asked about
     * @param pair the report and the other document of its unit and year
     * @param findings the linkage findings of the pair (LINK-001…), by severity and rule
     */
    public record Linkage(StoredReport report, ReportPairs.StoredPair pair, List<Finding> findings) {

        /** The other document: the final accounts of a budget, the budget of a final accounts. */
        public StoredReport other() {
            return pair.other(report.id());
        }

        /** The findings as the page lists them. */
        public List<FindingView> findingViews() {
            return IntStream.range(0, findings.size())
                    .mapToObj(i -> new FindingView(i, findings.get(i), null)).toList();
        }

        /**
         * The pair and its findings as {@code gongkai check --link} holds them, each document named by its stored
         * file name (for the findings downloads).
         */
        public LinkedCheck linkedCheck() {
            StoredReport budget = pair.budget();
            StoredReport finalAccounts = pair.finalAccounts();
            return new LinkedCheck(budget.fileName(), finalAccounts.fileName(),
                    new ReportPair(ReportStore.identity(budget), ReportStore.identity(finalAccounts)), findings);
        }

        /**
         * The pair object of {@code gongkai check --link --format json} (docs/json-format.md), each document with
         * its stored {@code id} as well, after {@code paired}: the other document's id, kind and year.
         */
        public ObjectNode toJson() {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            StoredReport other = other();
            ObjectNode paired = root.putObject("paired");
            paired.put("id", other.id());
            paired.put("kind", other.kind());
            paired.put("year", other.year());
            StoredReport budget = pair.budget();
            StoredReport finalAccounts = pair.finalAccounts();
            root.setAll(FindingsJsonWriter.objectForOneFile().toTree(linkedCheck()));
            ((ObjectNode) root.path("linkage").path("budget")).put("id", budget.id());
            ((ObjectNode) root.path("linkage").path("finalAccounts")).put("id", finalAccounts.id());
            return root;
        }
    }

    /** The report's linkage, or empty when the store holds no budget or final accounts to pair it with. */
    public Optional<Linkage> of(StoredReport report) {
        long state = search.state();
        KeptPair kept;
        synchronized (pairByReport) {
            kept = pairByReport.get(report.id());
        }
        if (kept == null || kept.state() != state) {
            kept = new KeptPair(state, pairs.pairOf(report));
            synchronized (pairByReport) {
                pairByReport.put(report.id(), kept);
            }
        }
        return kept.pair().map(pair -> new Linkage(report, pair, findings(pair)));
    }

    private List<Finding> findings(ReportPairs.StoredPair pair) {
        List<Long> key = List.of(pair.budget().id(), pair.finalAccounts().id());
        synchronized (findingsByPair) {
            List<Finding> kept = findingsByPair.get(key);
            if (kept != null) {
                return kept;
            }
        }
        List<Finding> found = pairs.findings(pair);
        synchronized (findingsByPair) {
            findingsByPair.put(key, found);
        }
        return found;
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > CAPACITY;
            }
        };
    }
}
