package io.gongkai.server.compare;

import io.gongkai.store.ReportQuery;
import io.gongkai.store.ReportSearch;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 比较: two or more reports (units, or years of one unit) side by side, differences highlighted. */
@Controller
class CompareController {

    private final ComparisonService comparisons;
    private final ReportSearch search;

    CompareController(ComparisonService comparisons, ReportSearch search) {
        this.comparisons = comparisons;
        this.search = search;
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) List<Long> ids, Model model) {
        model.addAttribute("choices", search.find(new ReportQuery(null, null, null, null, null, false, false, 0,
                200)).items());
        model.addAttribute("ids", ids == null ? List.of() : ids);
        if (ids != null && ids.size() >= 2) {
            model.addAttribute("comparison", comparisons.compare(ids));
        }
        return "compare";
    }
}
