package io.gongkai.server.authoring;

import io.gongkai.author.BudgetDataException;
import io.gongkai.author.BudgetProblem;
import io.gongkai.server.web.ReportSummaryJson;
import io.gongkai.store.ImportResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/budgets}: budget data in, the derived and stored report's summary out. */
@RestController
@RequestMapping("/api")
@Tag(name = "budgets", description = "编制预算 / authoring from budget data")
class BudgetApiController {

    private final BudgetAuthoring authoring;

    BudgetApiController(BudgetAuthoring authoring) {
        this.authoring = authoring;
    }

    @Operation(summary = "由预算数据生成并保存部门预算公开报告 / derive and store a budget disclosure from budget data",
            description = "multipart `file`: budget.json or the budget.xlsx template. 201 with the report's summary "
                    + "(its `id`, figures and finding counts); 200 when the same file was already stored; 422 with "
                    + "`problems` (each `location`, `message` in Chinese, `english`) when the data are not valid; "
                    + "nothing is saved then.")
    @PostMapping(path = "/budgets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> derive(@RequestParam("file") MultipartFile file,
                                               @RequestParam(required = false) String region,
                                               Authentication user) throws IOException {
        try {
            ImportResult result = authoring.deriveAndStore(file.getOriginalFilename(), file.getBytes(), region,
                    user);
            HttpStatus status = result.outcome() == ImportResult.Outcome.UNCHANGED ? HttpStatus.OK
                    : HttpStatus.CREATED;
            return ResponseEntity.status(status).header(HttpHeaders.LOCATION, "/api/reports/" + result.report().id())
                    .body(ReportSummaryJson.of(result));
        } catch (BudgetDataException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "预算数据有" + e.problems().size() + "处错误，未保存 / the budget data has "
                    + e.problems().size() + " problem(s); nothing was saved");
            List<Map<String, String>> problems = e.problems().stream().map(BudgetApiController::problem).toList();
            body.put("problems", problems);
            return ResponseEntity.unprocessableEntity().body(body);
        }
    }

    private static Map<String, String> problem(BudgetProblem p) {
        Map<String, String> node = new LinkedHashMap<>();
        node.put("location", p.location());
        node.put("message", p.chinese());
        node.put("english", p.english());
        return node;
    }
}
