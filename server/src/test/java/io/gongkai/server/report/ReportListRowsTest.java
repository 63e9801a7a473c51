package io.gongkai.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.store.StoredReport;
import io.gongkai.store.StoredUnit;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportListRowsTest {

    @Test
    void writesEachCellOfTheListRowEscaped() {
        StoredReport report = report(7, "<东城>区商务局", "FINAL_ACCOUNTS", 2, new BigDecimal("1478.65"));

        String html = ReportListRows.html(List.of(report), "/gk");

        assertThat(html).isEqualTo("<tr class=\"report-row\">"
                + "<td><input type=\"checkbox\" name=\"ids\" value=\"7\" aria-label=\"比较 &lt;东城&gt;区商务局\"></td>"
                + "<td><a href=\"/gk/reports/7\">&lt;东城&gt;区商务局</a></td>"
                + "<td>北京市东城区</td><td>2023</td><td>部门决算</td><td>v3</td>"
                + "<td class=\"num\">1478.65</td>"
                + "<td class=\"num\"><span class=\"sev ERROR\">2</span></td>"
                + "<td class=\"num\">4</td><td class=\"num\">5</td><td class=\"num\">10/10</td><td>DRAFT</td></tr>\n");
    }

    @Test
    void aReportWithoutErrorsOrExpenditureTotalHasNeitherMarkNorFigure() {
        String html = ReportListRows.html(List.of(report(8, "甲单位", "BUDGET", 0, null)), "");

        assertThat(html).contains("<td>部门预算</td>").contains("<td class=\"num\"></td>")
                .contains("<td class=\"num\"><span>0</span></td>").contains("<td class=\"num\">10/13</td>").contains("<a href=\"/reports/8\">");
    }

    private static StoredReport report(long id, String unit, String kind, int errors, BigDecimal expenditure) {
        StoredReport.KeyFigures figures = new StoredReport.KeyFigures(null, expenditure, null, null, null, null, null,
                null, null);
        return new StoredReport(id, new StoredUnit(1, unit, "001", "北京市东城区", "county"), kind, 2023, 3, "a.txt",
                "00", LocalDateTime.of(2026, 11, 22, 6, 0), "admin", "DRAFT", errors, 4, 5, 10, figures, null, null);
    }
}
