package io.gongkai.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.render.findings.CheckedFile;
import io.gongkai.render.findings.FindingsJsonWriter;
import io.gongkai.rules.RuleDoc;
import io.gongkai.server.catalog.RuleCatalog;
import io.gongkai.server.compare.Comparison;
import io.gongkai.server.compare.ComparisonService;
import io.gongkai.server.report.ExportFormat;
import io.gongkai.server.report.ReportDownload;
import io.gongkai.server.report.ReportLinkage;
import io.gongkai.server.upload.ImportService;
import io.gongkai.server.web.NotFoundException;
import io.gongkai.server.web.ReportSummaryJson;
import io.gongkai.store.ImportResult;
import io.gongkai.store.Page;
import io.gongkai.store.ReportQuery;
import io.gongkai.store.ReportSearch;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The REST API: upload, list, read, findings, export, rules and comparison. */
@RestController
@RequestMapping("/api")
@Tag(name = "reports", description = "公开报告 / disclosure reports")
class ReportApiController {

    private final ReportStore store;
    private final ReportSearch search;
    private final ImportService imports;
    private final RuleCatalog catalog;
    private final ComparisonService comparisons;
    private final ReportDownload downloads;
    private final ReportLinkage linkage;

    ReportApiController(ReportStore store, ReportSearch search, ImportService imports, RuleCatalog catalog,
                        ComparisonService comparisons, ReportDownload downloads, ReportLinkage linkage) {
        this.downloads = downloads;
        this.linkage = linkage;
        this.store = store;
        this.search = search;
        this.imports = imports;
        this.catalog = catalog;
        this.comparisons = comparisons;
    }

    @Operation(summary = "上传并审核一个公开文件 / upload and check a disclosure file",
            description = "201 with the report's summary; 200 when the same file was already stored; 422 when the "
                    + "file cannot be read (nothing is saved); 413 when it is too large.")
    @PostMapping(path = "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file,
                                               @RequestParam(required = false) String region,
                                               Authentication user) throws IOException, UnreadableInputException {
        ImportResult result = imports.importFile(file.getOriginalFilename(), file.getBytes(), region, user);
        HttpStatus status = result.outcome() == ImportResult.Outcome.UNCHANGED ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).header(HttpHeaders.LOCATION, "/api/reports/" + result.report().id())
                .body(ReportSummaryJson.of(result));
    }

    @Operation(summary = "报告列表 / list reports (paged, filtered)")
    @GetMapping("/reports")
    Map<String, Object> list(@RequestParam(required = false) String region,
                             @RequestParam(required = false) Integer year,
                             @RequestParam(required = false) String kind,
                             @RequestParam(required = false) String unit,
                             @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "false") boolean errors,
                             @RequestParam(defaultValue = "true") boolean latest,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        Page<StoredReport> found = search.find(new ReportQuery(region, year, kind, unit, q, errors, latest, page,
                size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", found.page());
        body.put("size", found.size());
        body.put("total", found.total());
        List<Map<String, Object>> items = new ArrayList<>();
        found.items().forEach(r -> items.add(ReportSummaryJson.of(r)));
        body.put("reports", items);
        return body;
    }

    @Operation(summary = "一份报告：摘要与规范 JSON / one report: summary and canonical JSON")
    @GetMapping("/reports/{id}")
    Map<String, Object> report(@PathVariable long id) {
        StoredReport report = store.find(id).orElseThrow(NotFoundException::report);
        Map<String, Object> body = ReportSummaryJson.of(report);
        body.put("document", store.document(id).orElseThrow(NotFoundException::report));
        return body;
    }

    @Operation(summary = "审核问题（与 gongkai check --format json 相同）/ findings in the check JSON format")
    @GetMapping("/reports/{id}/findings")
    ObjectNode findings(@PathVariable long id) {
        CheckedFile file = store.checkedFile(id).orElseThrow(NotFoundException::report);
        return FindingsJsonWriter.objectForOneFile().toTree(file);
    }

    @Operation(summary = "预决算衔接：同一单位同一年度的预算或决算及衔接核对问题（与 gongkai check --link 的 JSON 相同）"
            + " / linkage: the paired budget or final accounts and the linkage findings, as check --link prints them")
    @GetMapping("/reports/{id}/linkage")
    ObjectNode linkage(@PathVariable long id) {
        StoredReport report = store.find(id).orElseThrow(NotFoundException::report);
        return linkage.of(report).orElseThrow(NotFoundException::linkage).toJson();
    }

    @Operation(summary = "下载审核问题 / download the findings: format=json|sarif|csv|xlsx")
    @GetMapping("/reports/{id}/findings/export")
    ResponseEntity<byte[]> exportFindings(@PathVariable long id, @RequestParam String format) throws IOException {
        return ExportFormat.download(store, catalog, linkage, id, format);
    }

    @Operation(summary = "下载公开报告 / download the report itself: format=pdf|xlsx|docx|html")
    @GetMapping("/reports/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam String format) throws IOException {
        return downloads.download(id, format);
    }

    @Operation(summary = "规则目录 / the rule catalogue")
    @GetMapping("/rules")
    List<Map<String, String>> rules() {
        List<Map<String, String>> rules = new ArrayList<>();
        for (RuleDoc doc : catalog.docs()) {
            Map<String, String> rule = new LinkedHashMap<>();
            rule.put("id", doc.id());
            rule.put("title", doc.title());
            rule.put("category", doc.category().name());
            rule.put("severity", doc.severity().name());
            rule.put("rationale", doc.rationale());
            rule.put("basis", doc.basis());
            rules.add(rule);
        }
        return rules;
    }

    @Operation(summary = "比较多份报告 / compare reports: ids=1,2,…")
    @GetMapping("/compare")
    Comparison compare(@RequestParam List<Long> ids) {
        return comparisons.compare(ids);
    }

}
