package io.gongkai.server.report;

import io.gongkai.server.web.NotFoundException;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The built report pages, kept per report id. A stored version's document and findings never change after import,
 * so the laid-out tables, sections, goals and charts are built once (parsing a 150 KB document and laying out 13
 * tables was most of a report page's time); the parts that do change (status, dates, the list of versions) are read
 * on every request and joined to the kept view.
 */
@Component
class ReportViewCache {

    /** The most report pages kept (least recently shown go first). */
    static final int CAPACITY = 256;

    private final ReportStore store;
    private final Map<Long, ReportView> views = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ReportView> eldest) {
            return size() > CAPACITY;
        }
    };

    ReportViewCache(ReportStore store) {
        this.store = store;
    }

    /** The page of a stored report as it is now. */
    ReportView view(StoredReport report) {
        ReportView built;
        synchronized (views) {
            built = views.get(report.id());
        }
        if (built == null) {
            built = new ReportViewBuilder(report, store.document(report.id()).orElseThrow(NotFoundException::report),
                    store.findings(report.id())).build(List.of());
            synchronized (views) {
                views.put(report.id(), built);
            }
        }
        return built.withReport(report, store.versions(report));
    }
}
