package io.gongkai.server.compare;

import io.gongkai.server.web.BadRequestException;
import io.gongkai.server.web.ReportSummaryJson;
import io.gongkai.store.RegionAggregates;
import io.gongkai.store.ReportSearch;
import io.gongkai.store.StoredReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** Puts two or more stored reports side by side (the compare page and {@code GET /api/compare}). */
@Service
public class ComparisonService {

    private final ReportSearch search;
    private final RegionAggregates aggregates;

    ComparisonService(ReportSearch search, RegionAggregates aggregates) {
        this.search = search;
        this.aggregates = aggregates;
    }

    public Comparison compare(List<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.size() < 2 || distinct.size() > 10) {
            throw new BadRequestException("请选择 2 至 10 份报告 / choose 2 to 10 reports");
        }
        List<StoredReport> reports = search.byIds(distinct);
        if (reports.size() != distinct.size()) {
            throw new BadRequestException("有报告不存在 / some of these reports do not exist");
        }
        List<Comparison.Line> figures = new ArrayList<>();
        figures.add(line("收入总计", reports, r -> r.figures().incomeTotal()));
        figures.add(line("支出总计", reports, r -> r.figures().expenditureTotal()));
        figures.add(line("基本支出", reports, r -> r.figures().basicExpenditure()));
        figures.add(line("项目支出", reports, r -> r.figures().projectExpenditure()));
        figures.add(line("人员经费", reports, r -> r.figures().personnel()));
        figures.add(line("公用经费", reports, r -> r.figures().publicExpense()));
        figures.add(line("“三公”经费", reports, r -> r.figures().threePublicTotal()));
        figures.add(line("机关运行经费", reports, r -> r.figures().institutionOperating()));
        figures.add(line("项目个数", reports, r -> r.figures().projectCount() == null ? null
                : BigDecimal.valueOf(r.figures().projectCount())));
        figures.add(line("错误", reports, r -> BigDecimal.valueOf(r.errors())));
        figures.add(line("警告", reports, r -> BigDecimal.valueOf(r.warnings())));
        List<Map<String, BigDecimal>> byClass = reports.stream().map(r -> aggregates.classTotals(r.id())).toList();
        Map<String, String> names = aggregates.classNames(distinct);
        Set<String> codes = new java.util.TreeSet<>();
        byClass.forEach(m -> codes.addAll(m.keySet()));
        List<Comparison.Line> classes = new ArrayList<>();
        for (String code : codes) {
            List<BigDecimal> values = byClass.stream().map(m -> m.get(code)).toList();
            classes.add(line(code + " " + names.getOrDefault(code, ""), values));
        }
        List<Map<String, Object>> summaries = reports.stream().map(ReportSummaryJson::of).toList();
        return new Comparison(summaries, figures, classes);
    }

    private static Comparison.Line line(String label, List<StoredReport> reports,
                                        Function<StoredReport, BigDecimal> figure) {
        return line(label, reports.stream().map(figure).toList());
    }

    private static Comparison.Line line(String label, List<BigDecimal> values) {
        BigDecimal first = values.get(0);
        List<BigDecimal> differences = new ArrayList<>();
        boolean differs = false;
        for (BigDecimal value : values) {
            differences.add(first == null || value == null ? null : value.subtract(first));
            if (!Objects.equals(value == null ? null : value.stripTrailingZeros(),
                    first == null ? null : first.stripTrailingZeros())) {
                differs = true;
            }
        }
        return new Comparison.Line(label, java.util.Collections.unmodifiableList(new ArrayList<>(values)),
                java.util.Collections.unmodifiableList(differences), differs);
    }
}
