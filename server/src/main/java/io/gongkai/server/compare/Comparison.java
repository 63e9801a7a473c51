package io.gongkai.server.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reports side by side.
 *
 * @param reports each report's summary, in the order asked
 * @param figures the key figures, one line each
 * @param classes expenditure by function 类 (table 3 合计), one line per 类 any report has
 */
public record Comparison(List<Map<String, Object>> reports, List<Line> figures, List<Line> classes) {

    /**
     * One compared quantity.
     *
     * @param label what it is
     * @param values one per report (null when the report does not publish it)
     * @param differences each value minus the first report's (null when either is missing)
     * @param differs the values are not all equal
     */
    public record Line(String label, List<BigDecimal> values, List<BigDecimal> differences, boolean differs) {
    }
}
