package io.gongkai.server.upload;

import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.store.ImportResult;
import io.gongkai.server.web.ReportSummaryJson;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * 上传: several files by drag and drop; the page sends each file on its own request (with its own progress bar)
 * and shows each file's result.
 */
@Controller
class UploadController {

    private final ImportService imports;

    UploadController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/upload")
    String page() {
        return "upload";
    }

    @PostMapping("/upload")
    @ResponseBody
    ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file,
                                               @RequestParam(required = false) String region,
                                               Authentication user) throws IOException, UnreadableInputException {
        ImportResult result = imports.importFile(file.getOriginalFilename(), file.getBytes(), region, user);
        return ResponseEntity.status(result.outcome() == ImportResult.Outcome.UNCHANGED ? HttpStatus.OK
                : HttpStatus.CREATED).body(ReportSummaryJson.of(result));
    }
}
