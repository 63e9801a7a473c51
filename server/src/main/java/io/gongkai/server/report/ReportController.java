package io.gongkai.server.report;

import io.gongkai.server.catalog.RuleCatalog;
import io.gongkai.server.web.NotFoundException;
import io.gongkai.store.Page;
import io.gongkai.store.ReportQuery;
import io.gongkai.store.ReportSearch;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredReport;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The report list (filters, search, counts by severity), the report page and its downloads. */
@Controller
class ReportController {

    private final ReportStore store;
    private final ReportSearch search;
    private final RuleCatalog catalog;

    ReportController(ReportStore store, ReportSearch search, RuleCatalog catalog) {
        this.store = store;
        this.search = search;
        this.catalog = catalog;
    }

    @GetMapping("/")
    String list(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String unit,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean errors,
                @RequestParam(defaultValue = "0") int page, Model model) {
        ReportQuery query = new ReportQuery(region, year, kind, unit, q, errors, true, page, 50);
        Page<StoredReport> reports = search.find(query);
        model.addAttribute("query", query);
        model.addAttribute("reports", reports);
        model.addAttribute("counts", search.severityCounts(query));
        model.addAttribute("regions", search.regions().keySet());
        model.addAttribute("years", search.years());
        return "list";
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable long id, Model model) {
        StoredReport report = store.find(id).orElseThrow(NotFoundException::report);
        ReportView view = new ReportViewBuilder(report, store.document(id).orElseThrow(NotFoundException::report),
                store.findings(id)).build(store.versions(report));
        model.addAttribute("view", view);
        model.addAttribute("r", report);
        return "report";
    }

    @GetMapping("/reports/{id}/findings.{format}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) throws IOException {
        return ExportFormat.download(store, catalog, id, format);
    }
}
