package io.gongkai.ingest.goals;

import io.gongkai.ingest.text.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The goal-table layout that prints the funds in columns ({@code 资金来源 | 实施期资金总额 | 年度资金总额}, then one row
 * per source) and the 实施期 and 年度 indicators as two tables one above the other, each under its own heading
 * ({@code 实施期绩效指标}, {@code 年度绩效指标}): the layout of Gongkai's own renderer. Read from a spreadsheet, a Word
 * table, a PDF or a web page, the rows keep their cells apart by tabs. The fund rows are rewritten into the
 * side-by-side form the label scanner reads ({@code 实施期资金总额 150000 年度资金总额 150000},
 * {@code 其中：中央财政资金 0 其中：中央财政资金 0}), and the indicator tables are cut apart so that each is read as
 * its own half. Other layouts pass through unchanged.
 */
final class StackedGoalLayout {

    private static final String PERIOD_TOTAL = "实施期资金总额";
    private static final String ANNUAL_TOTAL = "年度资金总额";
    private static final String FUNDS_LABEL = "项目资金（元）";
    private static final Pattern FUND_SOURCE = Pattern.compile(
            "资金总额|(?:其中[：:])?中央财政资金|省级财政资金|市县[（(]区[）)]财政资金|单位自筹|其他资金");
    private static final String PERIOD_HEADING = "实施期绩效指标";
    private static final String ANNUAL_HEADING = "年度绩效指标";

    /**
     * A goal table cut at its stacked indicator headings.
     *
     * @param form the project form (with the fund rows side by side), up to the first indicator heading
     * @param period the 实施期 indicator table after its heading, empty when there is none
     * @param annual the 年度 indicator table after its heading, empty when there is none
     */
    record Parts(List<SourceLine> form, List<SourceLine> period, List<SourceLine> annual) {

        boolean stacked() {
            return !period.isEmpty() || !annual.isEmpty();
        }
    }

    private StackedGoalLayout() {
    }

    static Parts split(List<SourceLine> table) {
        int periodAt = -1;
        int annualAt = -1;
        for (int i = 1; i < table.size(); i++) {
            String c = table.get(i).compact();
            if (periodAt < 0 && annualAt < 0 && c.equals(PERIOD_HEADING)) {
                periodAt = i;
            } else if (annualAt < 0 && c.equals(ANNUAL_HEADING)) {
                annualAt = i;
            }
        }
        int formEnd = periodAt >= 0 ? periodAt : annualAt >= 0 ? annualAt : table.size();
        List<SourceLine> period = periodAt < 0 ? List.of()
                : table.subList(periodAt + 1, annualAt >= 0 ? annualAt : table.size());
        List<SourceLine> annual = annualAt < 0 ? List.of() : table.subList(annualAt + 1, table.size());
        return new Parts(fundsSideBySide(table.subList(0, formEnd)), period, annual);
    }

    /** The form with a column fund block rewritten side by side; unchanged without one. */
    private static List<SourceLine> fundsSideBySide(List<SourceLine> form) {
        int header = -1;
        for (int i = 0; i < form.size() && header < 0; i++) {
            List<String> cells = form.get(i).cells();
            if (form.get(i).tabbed() && cells.contains(PERIOD_TOTAL) && cells.contains(ANNUAL_TOTAL)) {
                header = i;
            }
        }
        if (header < 0) {
            return form;
        }
        List<SourceLine> out = new ArrayList<>(form.subList(0, header));
        out.add(form.get(header).withText(FUNDS_LABEL));
        int i = header + 1;
        for (; i < form.size(); i++) {
            SourceLine line = form.get(i);
            List<String> cells = line.cells();
            int at = sourceCell(cells);
            if (at < 0) {
                break;
            }
            String label = cells.get(at);
            String periodValue = at + 1 < cells.size() ? cells.get(at + 1) : "";
            String annualValue = at + 2 < cells.size() ? cells.get(at + 2) : "";
            out.add(line.withText(label.equals("资金总额")
                    ? PERIOD_TOTAL + "\t" + periodValue + "\t" + ANNUAL_TOTAL + "\t" + annualValue
                    : label + "\t" + periodValue + "\t" + label + "\t" + annualValue));
        }
        out.addAll(form.subList(i, form.size()));
        return out;
    }

    /** Which cell names a fund source, or -1 (a merged 项目资金 label may stand beside it). */
    private static int sourceCell(List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (FUND_SOURCE.matcher(cells.get(c)).matches()) {
                return c;
            }
        }
        return -1;
    }
}
