package io.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one chart, in 万元.
 *
 * @param kind which chart
 * @param slices the named amounts, in printed order; only positive amounts are kept
 * @param finalAccounts whether the chart is of final accounts (决算), which names it differently
 */
public record ChartData(ChartKind kind, List<Slice> slices, boolean finalAccounts) {

    public ChartData {
        slices = slices.stream().filter(s -> s.value().signum() > 0).toList();
    }

    /** A chart of a budget. */
    public ChartData(ChartKind kind, List<Slice> slices) {
        this(kind, slices, false);
    }

    /** One named amount. */
    public record Slice(String label, BigDecimal value) {
    }

    /** Whether there is nothing to draw (the report has no such money). */
    public boolean isEmpty() {
        return slices.isEmpty();
    }

    /** The sum of the slices. */
    public BigDecimal total() {
        return slices.stream().map(Slice::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The printed title. */
    public String title() {
        return finalAccounts ? kind.finalAccountsTitle() : kind.title();
    }

    /** The ordinal of the 情况说明 section the chart follows. */
    public String section() {
        return finalAccounts ? kind.finalAccountsSection() : kind.section();
    }

    /** The line printed instead of an empty chart. */
    public String emptyText() {
        return title() + (finalAccounts ? "：本部门无此项决算，无图可示" : "：本部门无此项预算，无图可示");
    }
}
