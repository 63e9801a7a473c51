package io.gongkai.ingest.finalaccounts;

import io.gongkai.catalog.performance.SelfEvaluationLabels;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.Indicator;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.SelfEvaluation.ScoredIndicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 项目支出绩效自评表 laid out as a grid whose cells stay apart (tabs: a workbook, a Word table, a PDF with
 * positions, a web page), in the nine columns of the template as Gongkai's renderer prints it: 项目名称,
 * 主管部门及代码 with 预算单位, the 项目资金（万元） header (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分,
 * 资金结(转)余) over its figures, 年度总体目标 with 预期目标 and 实际完成情况 side by side, one row per indicator
 * (一级/二级/三级指标, 年初指标值, 调整后指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施; an empty 一级 or
 * 二级 cell continues the one above it), 总分 with 自评等级, a 目标申报数 row and the analysis texts one labelled row
 * each. Stateless.
 */
final class SelfEvaluationGridReader {

    private static final Pattern HEADING_YEAR = Pattern.compile("^(20\\d{2})年度?");
    private static final Pattern GRADE = Pattern.compile("自评等级[：:]?(\\S+)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final int INDICATOR_COLUMNS = 9;

    private SelfEvaluationGridReader() {
    }

    /** Whether a table is printed as such a grid: its fund header row has the 年初预算数 and 全年执行数 cells. */
    static boolean isGrid(List<SourceLine> lines) {
        return fundHeader(lines) >= 0;
    }

    private static int fundHeader(List<SourceLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i).cells();
            if (lines.get(i).tabbed() && cells.contains("年初预算数") && cells.contains("全年执行数")) {
                return i;
            }
        }
        return -1;
    }

    static SelfEvaluation read(List<SourceLine> lines, List<IngestIssue> issues) {
        SourceLine heading = lines.get(0);
        Matcher y = HEADING_YEAR.matcher(heading.compact());
        int year = y.find() ? Integer.parseInt(y.group(1)) : 0;
        String name = null;
        String department = null;
        String budgetUnit = null;
        String goal = null;
        String achievement = null;
        BigDecimal totalScore = null;
        String grade = null;
        List<ScoredIndicator> indicators = new ArrayList<>();
        int header = fundHeader(lines);
        BigDecimal[] funds = figures(lines, header, issues);
        BigDecimal declared = null;
        String[] analysis = new String[SelfEvaluationLabels.ANALYSIS.size()];
        boolean inIndicators = false;
        String level1 = null;
        String level2 = null;
        for (int i = 1; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            List<String> cells = nonEmptyAfterLabel(line.cells());
            String c = line.compact();
            if (c.startsWith("项目名称")) {
                name = cells.isEmpty() ? null : String.join("", cells);
            } else if (c.startsWith("主管部门及代码")) {
                List<String> all = line.cells();
                int unitAt = all.indexOf("预算单位");
                department = firstNonEmpty(all.subList(1, unitAt < 0 ? all.size() : unitAt));
                budgetUnit = unitAt < 0 ? null : firstNonEmpty(all.subList(unitAt + 1, all.size()));
            } else if (c.startsWith("目标申报数")) {
                declared = cells.isEmpty() ? null : number(cells.get(0), line, issues);
            } else if (!inIndicators && analysisLabel(line) >= 0) {
                analysis[analysisLabel(line)] = cells.isEmpty() ? null : Texts.compact(String.join("", cells));
            } else if (c.startsWith("年度总体目标") && i + 1 < lines.size()) {
                List<String> texts = nonEmpty(lines.get(i + 1).cells());
                goal = texts.isEmpty() ? null : texts.get(0);
                achievement = texts.size() < 2 ? null : texts.get(1);
            } else if (c.startsWith("一级指标二级指标三级指标")) {
                inIndicators = true;
            } else if (c.startsWith("总分")) {
                inIndicators = false;
                List<String> all = nonEmpty(line.cells());
                for (String cell : all) {
                    Matcher g = GRADE.matcher(cell);
                    if (g.find()) {
                        grade = g.group(1);
                    }
                }
                List<BigDecimal> scores = all.stream().filter(t -> NUMBER.matcher(t).matches())
                        .map(BigDecimal::new).toList();
                totalScore = scores.isEmpty() ? null : scores.get(scores.size() - 1);
            } else if (inIndicators) {
                List<String> row = new ArrayList<>(line.cells());
                while (row.size() < INDICATOR_COLUMNS) {
                    row.add("");
                }
                if (!row.get(0).isEmpty()) {
                    level1 = row.get(0);
                }
                if (!row.get(1).isEmpty()) {
                    level2 = row.get(1);
                }
                Indicator indicator = new Indicator(level1, level2, orNull(row.get(2)), orNull(row.get(3)),
                        line.ref());
                indicators.add(new ScoredIndicator(indicator, orNull(row.get(5)), number(row.get(6), line, issues),
                        number(row.get(7), line, issues), orNull(row.get(4)), orNull(Texts.compact(row.get(8)))));
            }
        }
        if (totalScore == null) {
            issues.add(new IngestIssue(heading.ref(), "绩效自评表“" + name + "”未找到总分 / no 总分 found in the "
                    + "self-evaluation of " + name));
        }
        return new SelfEvaluation(name, funds[0], funds[1], funds[2], funds[4], funds[5], totalScore, grade,
                indicators, heading.ref(), year, department, budgetUnit, declared, funds[6],
                funds[3] == null ? SelfEvaluation.DEFAULT_EXECUTION_WEIGHT : funds[3], goal, achievement,
                SelfEvaluationLabels.analysis(analysis));
    }

    /** Which analysis text a row's first cell labels, or -1. */
    private static int analysisLabel(SourceLine line) {
        return SelfEvaluationLabels.ANALYSIS.indexOf(Texts.compact(line.cells().get(0)));
    }

    /** The seven figures under the fund header, in its column order; nulls where unreadable. */
    private static BigDecimal[] figures(List<SourceLine> lines, int header, List<IngestIssue> issues) {
        BigDecimal[] out = new BigDecimal[7];
        if (header + 1 >= lines.size()) {
            return out;
        }
        List<String> heads = lines.get(header).cells();
        List<String> values = lines.get(header + 1).cells();
        int first = heads.indexOf("年初预算数");
        for (int k = 0; k < out.length && first + k < heads.size(); k++) {
            int at = first + k;
            out[k] = at < values.size() ? number(values.get(at), lines.get(header + 1), issues) : null;
        }
        return out;
    }

    private static BigDecimal number(String text, SourceLine line, List<IngestIssue> issues) {
        String t = text.replace(",", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(t).matches()) {
            issues.add(new IngestIssue(line.ref(), "绩效自评表数字无法识别：" + text + " / unreadable figure"));
            return null;
        }
        return new BigDecimal(t);
    }

    private static List<String> nonEmptyAfterLabel(List<String> cells) {
        return nonEmpty(cells.subList(Math.min(1, cells.size()), cells.size()));
    }

    private static List<String> nonEmpty(List<String> cells) {
        return cells.stream().filter(t -> !t.isEmpty()).toList();
    }

    private static String firstNonEmpty(List<String> cells) {
        List<String> texts = nonEmpty(cells);
        return texts.isEmpty() ? null : texts.get(0);
    }

    private static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
