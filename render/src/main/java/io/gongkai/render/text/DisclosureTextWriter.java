package io.gongkai.render.text;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FundSplit;
import io.gongkai.model.GlossaryEntry;
import io.gongkai.model.Indicator;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.render.layout.CellGrid;
import io.gongkai.render.layout.GoalGrids;
import io.gongkai.render.layout.ReportTexts;
import io.gongkai.render.layout.SelfEvaluationGrids;
import io.gongkai.render.layout.TableGrid;
import io.gongkai.render.layout.TableGrids;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as disclosure text, cells separated by tabs and one row per line (like the text a PDF or
 * spreadsheet export yields), so that the text reader reads it back into the same tables, summary, narrative and
 * goal tables. A budget is written in the layout of the tab-separated budget template. Final accounts are written
 * as seed 003 prints them: 概况, the tables 公开01–10 each under its label and title with the official header, its
 * 栏次 line and the 行次 column (the same grids the DOCX and XLSX writers draw, {@link TableGrids}), 情况说明, 名词解释
 * and the 项目支出绩效自评表 ({@link SelfEvaluationGrids}); each grid row is one line, a spanned cell's text in its
 * first column and the columns it covers empty. Generated reports get a text form this way, and a synthetic corpus
 * can be read like published documents. Stateless; writes to any {@link Appendable}.
 */
public final class DisclosureTextWriter {

    private static final String[] TABLE_NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一",
        "十二", "十三"};
    private static final String INDENT = "　";

    private final Appendable out;

    public DisclosureTextWriter(Appendable out) {
        this.out = out;
    }

    /** Writes the whole disclosure: 概况, the tables, 情况说明 with the goal tables, 名词解释 (and 自评表). */
    public void write(Report report) throws IOException {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            writeFinalAccounts(report);
            return;
        }
        int year = report.year();
        titleAndOverview(report);
        line("第二部分 " + year + "年部门预算报表");
        for (DisclosureTable table : report.tables()) {
            table(report, table);
        }
        line("第三部分 " + year + "年部门预算情况说明");
        for (NarrativeSection section : report.narrative().sections()) {
            line(section.number() + "、" + section.title());
            for (String paragraph : section.text().split("\n")) {
                line(paragraph);
            }
            if (section.number().equals("十")) {
                for (PerformanceGoal goal : report.performanceGoals()) {
                    goal(report, goal);
                }
            }
        }
        glossary(report);
    }

    /** The document title (unit, year, kind) and 第一部分 概况. */
    private void titleAndOverview(Report report) throws IOException {
        line(ReportTexts.documentTitle(report));
        line("第一部分 概况");
        line("一、部门职责");
        List<String> duties = report.overview().duties();
        for (int i = 0; i < duties.size(); i++) {
            line("（" + numeral(i + 1) + "）" + duties.get(i));
        }
        line("二、机构设置情况");
        line(report.overview().organisation());
    }

    private void glossary(Report report) throws IOException {
        line("第四部分 名词解释");
        List<GlossaryEntry> glossary = report.glossary();
        for (int i = 0; i < glossary.size(); i++) {
            line(numeral(i + 1) + "、" + glossary.get(i).term() + "：" + glossary.get(i).definition());
        }
    }

    /**
     * Final accounts: 概况, 第二部分 with each table as its grid (label 公开NN表, title, 部门名称 and 单位：万元, header,
     * 栏次, rows with 行次), 第三部分 情况说明 section by section, 名词解释, then the goal tables and the 自评表 as
     * the DOCX writer attaches them.
     */
    private void writeFinalAccounts(Report report) throws IOException {
        titleAndOverview(report);
        line(ReportTexts.tablesPart(report));
        for (DisclosureTable table : report.tables()) {
            TableGrid grid = TableGrids.of(table, report.year());
            line(grid.label());
            line(grid.title());
            line(ReportTexts.unitLine(report) + "\t" + ReportTexts.moneyLine());
            grid(grid.cells());
        }
        line(ReportTexts.narrativePart(report));
        for (NarrativeSection section : report.narrative().sections()) {
            line(section.number() + "、" + section.title());
            for (String paragraph : section.text().split("\\R")) {
                if (!paragraph.isBlank()) {
                    line(paragraph.strip());
                }
            }
        }
        glossary(report);
        if (!report.performanceGoals().isEmpty()) {
            line(ReportTexts.goalsPart());
            for (PerformanceGoal goal : report.performanceGoals()) {
                line(report.year() + "年项目支出绩效目标表");
                line(goal.projectName() + "\t单位：元");
                grid(GoalGrids.form(goal));
                line("实施期绩效指标");
                grid(GoalGrids.indicators(goal.periodIndicators()));
                line("年度绩效指标");
                grid(GoalGrids.indicators(goal.annualIndicators()));
            }
        }
        if (!report.selfEvaluations().isEmpty()) {
            line(ReportTexts.selfEvaluationsPart());
            for (SelfEvaluation evaluation : report.selfEvaluations()) {
                line(ReportTexts.selfEvaluationTitle(report, evaluation));
                grid(SelfEvaluationGrids.of(evaluation));
            }
        }
    }

    /** A grid one row a line, cells separated by tabs (a row with no text is left out, as a reader drops it). */
    private void grid(CellGrid grid) throws IOException {
        for (List<String> row : grid.texts()) {
            String line = String.join("\t", row.stream().map(DisclosureTextWriter::text).toList());
            if (!line.isBlank()) {
                line(line);
            }
        }
    }

    private void table(Report report, DisclosureTable table) throws IOException {
        line("表" + TABLE_NUMERALS[table.number() - 1] + table.title());
        line("预算公开表" + table.number());
        line(table.title());
        line("单位名称：" + report.unit().name());
        line("单位：万元");
        for (String header : headers(table.type(), report.year())) {
            line(header);
        }
        switch (table.type()) {
            case BUDGET_SUMMARY, FISCAL_SUMMARY -> twoSided(table);
            case SOE_BUDGET -> soe(table);
            default -> oneSided(table);
        }
        if (table.empty()) {
            line("注：本表无数据");
        }
    }

    /**
     * Header lines of each table, as the tab-separated template prints them (public so that imitated extraction
     * artifacts can find the header cells, which are printed bold).
     */
    public static List<String> headers(TableType type, int year) {
        String y = year + "年";
        return switch (type) {
            case BUDGET_SUMMARY -> List.of("收入\t\t支出\t\t\t", "项目\t" + y + "\t项目\t" + y + "合计\t当年预算安排\t上年结转安排");
            case INCOME_SUMMARY -> List.of("项目\t\t本年收入\t\t\t\t\t\t上年结转",
                    "科目编码\t科目名称\t合计\t一般公共预算\t政府性基金\t国有资本经营预算\t财政专户管理资金\t单位资金\t");
            case EXPENDITURE_SUMMARY, GPB_EXPENDITURE -> List.of("项目\t\t" + y + "预算数\t\t",
                    "科目编码\t科目名称\t合计\t基本支出\t项目支出");
            case FISCAL_SUMMARY -> List.of("收入\t\t支出\t\t\t\t", "项目\t金额\t项目\t金额\t\t\t",
                    "\t\t\t小计\t一般公共预算\t政府性基金预算\t国有资本经营预算");
            case GPB_BASIC_BY_ECONOMIC -> List.of("部门预算支出经济科目名称\t政府预算支出经济科目名称\t" + y + "预算数\t\t",
                    "\t\t合计\t人员经费\t公用经费");
            case FUND_INCOME -> List.of("项目\t\t政府性基金收入预算", "收入科目编码\t科目名称\t");
            case FUND_EXPENDITURE -> List.of("科目编码\t科目名称\t合计\t基本支出\t项目支出");
            case SOE_BUDGET -> List.of("国有资本经营预算收入\t\t国有资本经营预算支出\t\t\t\t\t",
                    "项目\t\t国有资本经营收入预算\t科目编码\t科目名称\t合计\t基本支出\t项目支出", "收入科目编码\t科目名称\t\t\t\t\t\t");
            case THREE_PUBLIC -> List.of("项目\t" + y + "预算数\t\t\t", "\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算");
            case OPERATING_COSTS -> List.of("单位名称\t" + year + "预算数\t\t\t", "\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算");
            case PROJECTS_CURRENT -> List.of("项目名称\t合计\t" + y + "财政拨款\t\t\t财政专户管理资金\t单位资金",
                    "\t\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t", "1\t2\t3\t4\t5\t6\t7");
            case PROJECTS_CARRYOVER -> List.of("项目名称\t合计\t" + y + "财政拨款\t\t",
                    "\t\t一般公共预算\t政府性基金预算\t国有资本经营预算", "1\t2\t3\t4\t5");
            default -> throw new IllegalArgumentException("not a budget table: " + type);
        };
    }

    /** Tables 1 and 4: an income row and an expenditure row side by side on each line. */
    private void twoSided(DisclosureTable table) throws IOException {
        List<TableRow> income = table.rows(Side.INCOME);
        List<TableRow> expenditure = table.rows(Side.EXPENDITURE);
        List<String> incomeColumns = table.type().columns(Side.INCOME);
        List<String> expenditureColumns = table.type().columns(Side.EXPENDITURE);
        List<TableRow> incomeBody = income.stream().filter(r -> r.level() == 1).toList();
        List<TableRow> expenditureBody = expenditure.stream().filter(r -> r.key() == null).toList();
        int body = Math.max(incomeBody.size(), expenditureBody.size());
        for (int i = 0; i < body; i++) {
            line(cells(i < incomeBody.size() ? incomeBody.get(i) : null, incomeColumns) + "\t"
                    + cells(i < expenditureBody.size() ? expenditureBody.get(i) : null, expenditureColumns));
        }
        List<TableRow> incomeTail = income.stream().filter(r -> r.level() != 1).toList();
        List<TableRow> expenditureTail = expenditure.stream().filter(r -> r.key() != null).toList();
        int e = 0;
        for (TableRow row : incomeTail) {
            boolean paired = row.level() == 0 && e < expenditureTail.size()
                    && !row.isKey(RowKeys.INCOME_GRAND_TOTAL);
            TableRow right = paired ? expenditureTail.get(e++) : null;
            if (row.isKey(RowKeys.INCOME_GRAND_TOTAL)) {
                right = expenditureTail.stream().filter(r -> r.isKey(RowKeys.EXPENDITURE_GRAND_TOTAL)).findFirst()
                        .orElse(null);
            }
            line(cells(row, incomeColumns) + "\t" + cells(right, expenditureColumns));
        }
    }

    /** Table 9: income rows on the left, expenditure rows on the right. */
    private void soe(DisclosureTable table) throws IOException {
        List<TableRow> income = table.rows(Side.INCOME);
        List<TableRow> expenditure = table.rows(Side.EXPENDITURE);
        for (int i = 0; i < Math.max(income.size(), expenditure.size()); i++) {
            String left = i < income.size() ? coded(income.get(i), table.type().columns(Side.INCOME))
                    : "\t\t";
            String right = i < expenditure.size() ? coded(expenditure.get(i), table.type().columns(Side.EXPENDITURE))
                    : "\t\t\t\t";
            line(left + "\t" + right);
        }
    }

    private void oneSided(DisclosureTable table) throws IOException {
        List<String> columns = table.type().columns(Side.NONE);
        for (TableRow row : table.rows()) {
            switch (table.type()) {
                case GPB_BASIC_BY_ECONOMIC -> line(row.name() + "\t" + (row.altName() == null ? "" : row.altName())
                        + "\t" + values(row, columns));
                case THREE_PUBLIC, OPERATING_COSTS -> line(row.name() + "\t" + values(row, columns));
                case PROJECTS_CURRENT, PROJECTS_CARRYOVER -> line(INDENT.repeat(Math.max(row.level(), 0))
                        + row.name() + "\t" + values(row, columns));
                default -> line(coded(row, columns));
            }
        }
    }

    /** A code, a name and the values (合计 rows print no code). */
    private static String coded(TableRow row, List<String> columns) {
        return (row.code() == null ? "" : row.code()) + "\t" + row.name() + "\t" + values(row, columns);
    }

    private static String cells(TableRow row, List<String> columns) {
        if (row == null) {
            return "\t".repeat(columns.size());
        }
        return row.name() + "\t" + values(row, columns);
    }

    private static String values(TableRow row, List<String> columns) {
        List<String> cells = new ArrayList<>();
        for (String column : columns) {
            cells.add(row.has(column) ? row.amount(column).toPlainString() : "");
        }
        return String.join("\t", cells);
    }

    private void goal(Report report, PerformanceGoal goal) throws IOException {
        line("预算部门（单位）项目支出绩效目标表");
        line("(" + report.year() + "年度)");
        line("项目名称\t\t" + goal.projectName() + "\t\t\t\t\t");
        String department = (goal.departmentCode() == null ? "" : goal.departmentCode() + "-") + goal.departmentName();
        line("主管部门及代码\t\t" + department + "\t\t实施单位\t\t" + goal.implementingUnit() + "\t");
        line("项目属性\t\t" + text(goal.attribute()) + "\t\t项目期\t\t" + text(goal.period()) + "\t");
        FundSplit p = goal.periodFunds();
        FundSplit a = goal.annualFunds();
        line("项目资金（元）\t实施期资金总额：\t" + yuan(p.total()) + "\t年度资金总额：\t" + yuan(a.total()) + "\t\t");
        line("\t其中：中央财政资金\t" + yuan(p.central()) + "\t其中：中央财政资金\t" + yuan(a.central()) + "\t\t");
        line("\t省级财政资金\t" + yuan(p.provincial()) + "\t省级财政资金\t" + yuan(a.provincial()) + "\t\t");
        line("\t市县（区）财政资金\t" + yuan(p.local()) + "\t市县（区）财政资金\t" + yuan(a.local()) + "\t\t");
        line("\t单位自筹\t" + yuan(p.selfRaised()) + "\t单位自筹\t" + yuan(a.selfRaised()) + "\t\t");
        line("\t其他资金\t" + yuan(p.other()) + "\t其他资金\t" + yuan(a.other()) + "\t\t");
        line("项目概况\t\t" + text(goal.overview()) + "\t\t\t\t\t");
        line("立项依据\t\t" + text(goal.basis()) + "\t\t\t\t\t");
        line("项目设立必要性\t\t" + text(goal.necessity()) + "\t\t\t\t\t");
        line("保证项目实施的制度、措施\t\t" + text(goal.safeguards()) + "\t\t\t\t\t");
        line("项目实施计划\t\t" + text(goal.plan()) + "\t\t\t\t\t");
        line("实施期目标\t\t\t\t年度目标\t\t\t");
        line("总体目标\t" + text(goal.periodGoal()) + "\t\t\t" + text(goal.annualGoal()) + "\t\t\t");
        line("绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值");
        List<Indicator> period = goal.periodIndicators();
        List<Indicator> annual = goal.annualIndicators();
        String level1 = null;
        for (int i = 0; i < Math.max(period.size(), annual.size()); i++) {
            Indicator left = i < period.size() ? period.get(i) : null;
            Indicator right = i < annual.size() ? annual.get(i) : null;
            String first = left != null ? left.level1() : right.level1();
            String shown = first.equals(level1) ? "" : first;
            level1 = first;
            line("\t" + shown + "\t" + indicator(left) + "\t" + indicator(right));
        }
    }

    private static String indicator(Indicator i) {
        return i == null ? "\t\t" : i.level2() + "\t" + i.name() + "\t" + i.value();
    }

    private static String yuan(BigDecimal value) {
        if (value == null) {
            return "";
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return new DecimalFormat(whole ? "#,##0" : "#,##0.00").format(value);
    }

    private static String text(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\t', ' ');
    }

    private static String numeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    private void line(String text) throws IOException {
        out.append(text).append('\n');
    }
}
