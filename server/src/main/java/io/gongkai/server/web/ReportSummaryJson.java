package io.gongkai.server.web;

import io.gongkai.store.ImportResult;
import io.gongkai.store.StoredReport;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON summary of a stored report (upload results, the REST API's list and report). */
public final class ReportSummaryJson {

    private ReportSummaryJson() {
    }

    /** The JSON summary of an import . */
    public static Map<String, Object> of(ImportResult result) {
        Map<String, Object> body = of(result.report());
        body.put("outcome", result.outcome().name());
        return body;
    }

    /** The JSON summary of a stored report. */
    public static Map<String, Object> of(StoredReport r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", r.id());
        body.put("url", "/reports/" + r.id());
        body.put("unit", r.unit().name());
        body.put("region", r.unit().region());
        body.put("kind", r.kind());
        body.put("year", r.year());
        body.put("version", r.version());
        body.put("file", r.fileName());
        body.put("sha256", r.sha256());
        body.put("status", r.status());
        body.put("tables", r.tableCount());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("ERROR", r.errors());
        counts.put("WARNING", r.warnings());
        counts.put("INFO", r.infos());
        body.put("counts", counts);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("incomeTotal", plain(r.figures().incomeTotal()));
        figures.put("expenditureTotal", plain(r.figures().expenditureTotal()));
        figures.put("basicExpenditure", plain(r.figures().basicExpenditure()));
        figures.put("projectExpenditure", plain(r.figures().projectExpenditure()));
        figures.put("threePublicTotal", plain(r.figures().threePublicTotal()));
        figures.put("institutionOperating", plain(r.figures().institutionOperating()));
        body.put("figures", figures);
        return body;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
