package io.gongkai.render.text;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.Summary;
import io.gongkai.model.TableRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/** Writes a readable outline of a report: the unit, key figures, each table's rows, narrative and goals. */
public final class ReportOutlineWriter {

    private final Appendable out;

    public ReportOutlineWriter(Appendable out) {
        this.out = out;
    }

    /** Writes the outline of a report. */
    public void write(Report report) throws IOException {
        line("%s %d年%s（%s）", report.unit().name(), report.year(),
                report.kind().name().equals("BUDGET") ? "部门预算" : "部门决算", report.unit().type().label());
        if (report.unit().code() != null) {
            line("主管部门代码 code: %s", report.unit().code());
        }
        summary(report.summary());
        for (DisclosureTable table : report.tables()) {
            table(table);
        }
        line("");
        line("情况说明 narrative: %d 节 sections, %d 个数字 facts", report.narrative().sections().size(),
                report.narrative().facts().size());
        for (NarrativeSection section : report.narrative().sections()) {
            line("  %s、%s", section.number(), section.title());
        }
        line("");
        line("绩效目标表 performance goals: %d", report.performanceGoals().size());
        for (PerformanceGoal goal : report.performanceGoals()) {
            line("  %s  年度 %s 元, %d+%d 个指标 indicators", goal.projectName(),
                    plain(goal.annualFunds().total()), goal.periodIndicators().size(),
                    goal.annualIndicators().size());
        }
        if (!report.glossary().isEmpty()) {
            line("名词解释 glossary: %s", report.glossary().stream().map(g -> g.term())
                    .collect(Collectors.joining("、")));
        }
        if (!report.issues().isEmpty()) {
            line("");
            line("读取问题 ingest issues: %d", report.issues().size());
            for (IngestIssue issue : report.issues()) {
                line("  %s  %s", issue.where().location(), issue.message());
            }
        }
    }

    private void summary(Summary s) throws IOException {
        line("");
        line("收入总计 %s = 本年收入 %s + 上年结转 %s; 支出总计 %s (基本 %s, 项目 %s)", plain(s.incomeTotal()),
                plain(s.currentIncome()), plain(s.carryover()), plain(s.expenditureTotal()),
                plain(s.basicExpenditure()), plain(s.projectExpenditure()));
        line("一般公共预算 %s (基本 %s, 项目 %s); 人员经费 %s, 公用经费 %s; 三公 %s; 机关运行经费 %s; 政府采购 %s",
                plain(s.gpbTotal()), plain(s.gpbBasic()), plain(s.gpbProject()), plain(s.personnel()),
                plain(s.publicExpense()), plain(s.threePublicTotal()), plain(s.institutionOperating()),
                plain(s.procurementTotal()));
    }

    private void table(DisclosureTable table) throws IOException {
        line("");
        line("表%d %s%s", table.number(), table.title(), table.empty() ? "（本表无数据）" : "");
        for (TableRow row : table.rows()) {
            String amounts = row.amounts().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                    .collect(Collectors.joining(" "));
            line("  %s%s%s%s  %s", "  ".repeat(Math.max(row.level(), 0)),
                    row.code() == null ? "" : row.code() + " ", row.name(),
                    row.altName() == null ? "" : " | " + row.altName(), amounts);
        }
    }

    private void line(String format, Object... args) throws IOException {
        out.append(args.length == 0 ? format : String.format(format, args)).append('\n');
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
