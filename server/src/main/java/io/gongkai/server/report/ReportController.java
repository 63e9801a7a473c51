package io.gongkai.server.report;

import io.gongkai.server.catalog.RuleCatalog;
import io.gongkai.server.web.NotFoundException;
import io.gongkai.store.Page;
import io.gongkai.store.Publishing;
import io.gongkai.store.UserAccounts;
import org.springframework.security.core.Authentication;
import io.gongkai.store.ReportQuery;
import io.gongkai.store.ReportSearch;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredReport;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
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
    private final Publishing publishing;
    private final UserAccounts accounts;
    private final ReportViewCache views;
    private final ReportDownload downloads;
    private final ReportLinkage linkage;

    ReportController(ReportStore store, ReportSearch search, RuleCatalog catalog, Publishing publishing,
                     UserAccounts accounts, ReportViewCache views, ReportDownload downloads, ReportLinkage linkage) {
        this.views = views;
        this.linkage = linkage;
        this.downloads = downloads;
        this.store = store;
        this.search = search;
        this.catalog = catalog;
        this.publishing = publishing;
        this.accounts = accounts;
    }

    @GetMapping("/")
    String list(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String unit,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean errors,
                @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        ReportQuery query = new ReportQuery(region, year, kind, unit, q, errors, true, page, 50);
        Page<StoredReport> reports = search.find(query);
        model.addAttribute("query", query);
        model.addAttribute("reports", reports);
        model.addAttribute("rows", ReportListRows.html(reports.items(), request.getContextPath()));
        model.addAttribute("counts", search.severityCounts(query));
        model.addAttribute("regions", search.regions().keySet());
        model.addAttribute("years", search.years());
        return "list";
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable long id, Model model, Authentication user, HttpServletRequest request) {
        StoredReport report = store.find(id).orElseThrow(NotFoundException::report);
        ReportViewCache.Page page = views.page(report);
        model.addAttribute("view", page.view());
        model.addAttribute("content", page.content());
        model.addAttribute("r", report);
        model.addAttribute("linkage", linkage.of(report).orElse(null));
        model.addAttribute("steps", publishing.steps(id));
        Map<Integer, String> justifications = publishing.justifications(id);
        model.addAttribute("justifications", justifications);
        model.addAttribute("openErrors", publishing.unjustifiedErrors(id));
        boolean admin = user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        boolean editor = user != null && !admin && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR"))
                && accounts.units(user.getName()).contains(report.unit().id());
        boolean open = !"APPROVED".equals(report.status()) && !"PUBLISHED".equals(report.status());
        model.addAttribute("bureau", admin);
        boolean canEdit = (admin || editor) && open;
        model.addAttribute("canEdit", canEdit);
        String rulesPage = request.getContextPath() + "/rules";
        model.addAttribute("rulesPage", rulesPage);
        model.addAttribute("findingsRows", canEdit || !justifications.isEmpty() ? null
                : views.publicFindingsRows(id, page.view(), rulesPage));
        return "report";
    }

    @GetMapping("/reports/{id}/report.{format}")
    ResponseEntity<byte[]> render(@PathVariable long id, @PathVariable String format) throws IOException {
        return downloads.download(id, format);
    }

    @GetMapping("/reports/{id}/findings.{format}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) throws IOException {
        return ExportFormat.download(store, catalog, linkage, id, format);
    }
}
