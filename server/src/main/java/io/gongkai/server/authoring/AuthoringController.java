package io.gongkai.server.authoring;

import io.gongkai.author.BudgetDataException;
import io.gongkai.author.input.BudgetWorkbook;
import io.gongkai.store.ImportResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Year;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 编制预算: upload a budget.json or budget.xlsx; invalid data come back with every problem by cell (or JSON path);
 * valid data become a stored report (with its findings), shown on its report page with its downloads (PDF, XLSX,
 * DOCX, HTML).
 */
@Controller
class AuthoringController {

    private final BudgetAuthoring authoring;

    AuthoringController(BudgetAuthoring authoring) {
        this.authoring = authoring;
    }

    @GetMapping("/author")
    String page() {
        return "author";
    }

    /** The empty budget.xlsx template for this year's budget (author's layout, with its lists and notes). */
    @GetMapping("/author/template.xlsx")
    ResponseEntity<byte[]> template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BudgetWorkbook().writeTemplate(Year.now().getValue(), out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"budget.xlsx\"")
                .body(out.toByteArray());
    }

    @PostMapping("/author")
    String derive(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String region,
                  Authentication user, Model model, HttpServletResponse response) throws IOException {
        try {
            ImportResult result = authoring.deriveAndStore(file.getOriginalFilename(), file.getBytes(), region,
                    user);
            return "redirect:/reports/" + result.report().id();
        } catch (BudgetDataException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("problems", e.problems());
            return "author";
        }
    }
}
