package io.gongkai.server.catalog;

import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 审核规则目录: every rule with its rationale and basis, grouped by category. */
@Controller
class RuleCatalogController {

    private final RuleCatalog catalog;

    RuleCatalogController(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/rules")
    String rules(Model model) {
        Map<Category, List<RuleDoc>> byCategory = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            List<RuleDoc> docs = catalog.docs().stream().filter(d -> d.category() == category).toList();
            if (!docs.isEmpty()) {
                byCategory.put(category, docs);
            }
        }
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("count", catalog.docs().size());
        return "rules";
    }
}
