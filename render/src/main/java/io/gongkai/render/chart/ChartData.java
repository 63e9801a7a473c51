package io.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one chart, in 万元.
 *
 * @param kind which chart
 * @param slices the named amounts, in printed order; only positive amounts are kept
 */
public record ChartData(ChartKind kind, List<Slice> slices) {

    public ChartData {
        slices = slices.stream().filter(s -> s.value().signum() > 0).toList();
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
        return kind.title();
    }

    /** The line printed instead of an empty chart. */
    public String emptyText() {
        return kind.title() + "：本部门无此项预算，无图可示";
    }
}
