package io.gongkai.server.report;

import io.gongkai.server.web.NotFoundException;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The built report pages, kept per report id. A stored version's document and findings never change after import,
 * so the view (the parsed document's tables, sections, goals and charts) is built once, and so is the HTML of the
 * parts that show only it ({@code report-content.html}: about 130 KB, thousands of template expressions, most of a
 * report page's time). The parts that do change (status, dates, versions, justifications, the workflow buttons)
 * are read and rendered on every request.
 */
@Component
class ReportViewCache {

    /** The most report pages kept (least recently shown go first). */
    static final int CAPACITY = 256;

    private final ReportStore store;
    private final ITemplateEngine templates;
    private final Map<Long, Kept> views = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
            return size() > CAPACITY;
        }
    };

    private final Map<Long, String> publicFindingsRows = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CAPACITY;
        }
    };

    ReportViewCache(ReportStore store, ITemplateEngine templates) {
        this.store = store;
        this.templates = templates;
    }

    /**
     * A report page's view and its rendered unchanging part.
     *
     * @param view the view, with the report's current state and versions
     * @param content the HTML of {@code report-content.html} for this report
     */
    record Page(ReportView view, String content) {
    }

    private record Kept(ReportView view, String content) {
    }

    /** The page of a stored report as it is now. */
    Page page(StoredReport report) {
        Kept kept;
        synchronized (views) {
            kept = views.get(report.id());
        }
        if (kept == null) {
            ReportView built = new ReportViewBuilder(report,
                    store.document(report.id()).orElseThrow(NotFoundException::report), store.findings(report.id()))
                    .build(List.of());
            Context context = new Context(Locale.SIMPLIFIED_CHINESE);
            context.setVariable("view", built);
            kept = new Kept(built, templates.process("report-content", context));
            synchronized (views) {
                views.put(report.id(), kept);
            }
        }
        return new Page(kept.view().withReport(report, store.versions(report)), kept.content());
    }

    /**
     * The rows of the findings table as the public sees them (nobody may justify a finding and none is justified):
     * {@code report-findings.html} rendered once per report, since a report's findings never change. A report page
     * with justifications or a justification form renders its rows per request instead.
     *
     * @param rulesPage the address of the rule catalogue page, for the links from each finding's rule id
     */
    String publicFindingsRows(long reportId, ReportView view, String rulesPage) {
        synchronized (publicFindingsRows) {
            String kept = publicFindingsRows.get(reportId);
            if (kept != null) {
                return kept;
            }
        }
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("view", view);
        context.setVariable("rulesPage", rulesPage);
        context.setVariable("justifications", Map.of());
        context.setVariable("canEdit", false);
        String rows = templates.process("report-findings", Set.of("rows"), context);
        synchronized (publicFindingsRows) {
            publicFindingsRows.put(reportId, rows);
        }
        return rows;
    }
}
