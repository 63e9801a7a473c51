package io.gongkai.server.region;

import io.gongkai.server.web.BadRequestException;
import io.gongkai.store.RegionAggregates;
import io.gongkai.store.ReportSearch;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 地区汇总: every unit of a region and year, summed and ranked. */
@Controller
class RegionController {

    private final RegionAggregates aggregates;
    private final ReportSearch search;

    RegionController(RegionAggregates aggregates, ReportSearch search) {
        this.aggregates = aggregates;
        this.search = search;
    }

    @GetMapping("/regions")
    String region(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "BUDGET") String kind, Model model) {
        List<String> regions = List.copyOf(search.regions().keySet());
        List<Integer> years = search.years();
        model.addAttribute("regions", regions);
        model.addAttribute("years", years);
        String chosenRegion = region != null && !region.isBlank() ? region : regions.isEmpty() ? null
                : regions.get(0);
        Integer chosenYear = year != null ? year : years.isEmpty() ? null : years.get(0);
        if (!"BUDGET".equals(kind) && !"FINAL_ACCOUNTS".equals(kind)) {
            throw new BadRequestException("未知的报告类型 / unknown kind: " + kind);
        }
        model.addAttribute("kind", kind);
        if (chosenRegion != null && chosenYear != null) {
            model.addAttribute("summary", aggregates.summarize(chosenRegion, chosenYear, kind));
        }
        return "region";
    }
}
