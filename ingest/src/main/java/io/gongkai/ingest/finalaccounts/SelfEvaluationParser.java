package io.gongkai.ingest.finalaccounts;

import io.gongkai.catalog.performance.SelfEvaluationLabels;
import io.gongkai.catalog.text.CharacterNormalizer;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.SelfEvaluation.Analysis;
import io.gongkai.model.SelfEvaluation.ScoredIndicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 项目支出绩效自评表 attached to final accounts, one run of lines per table (heading first): the project,
 * its 资金总额 line (目标申报数, 预算编制数, 全年预算数, 全年执行数, 结余, 执行率, 得分), the annual goal and what was
 * achieved, the scored indicators, the 总分 and 等级, and the analysis texts. What cannot be read is recorded as an
 * issue and left null. Stateless and thread-safe.
 */
public final class SelfEvaluationParser {

    private static final Pattern YEAR = Pattern.compile("[（(](20\\d{2})年度?[）)]");
    private static final Pattern DEPARTMENT = Pattern.compile("主管部门及代码\\s*(\\S+)(\\s+预算单位\\s*(\\S+))?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern TOTAL = Pattern.compile("^总分(\\d+(\\.\\d+)?)(优|良|中|差)?$");
    /** The end of an indicator row: 分值 and 得分 (the 分值 may be glued to the value before it), then a reason. */
    private static final Pattern ROW_TAIL = Pattern.compile(
            "^(.*?)(\\d+(?:\\.\\d+)?)\\s+(\\d+(?:\\.\\d+)?)(?:\\s+(\\S.*))?$");
    private static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", "成本指标");
    private static final List<String> LEVEL2 = List.of("数量指标", "质量指标", "时效指标", "成本指标",
            "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标");
    /** The characters of the vertical labels 项目绩效分析 and 自评结果分析, one per line. */
    private static final String VERTICAL_LABEL = "项目绩效分析自评结果";

    /** Parses every table. */
    public List<SelfEvaluation> parse(List<List<SourceLine>> tables, List<IngestIssue> issues) {
        List<SelfEvaluation> out = new ArrayList<>();
        for (List<SourceLine> table : tables) {
            if (!table.isEmpty()) {
                out.add(parseOne(table, issues));
            }
        }
        return out;
    }

    private SelfEvaluation parseOne(List<SourceLine> lines, List<IngestIssue> issues) {
        if (SelfEvaluationGridReader.isGrid(lines)) {
            return SelfEvaluationGridReader.read(lines, issues);
        }
        SourceLine heading = lines.get(0);
        String name = heading.compact().replaceFirst("(项目)?(支出)?绩效自评表$", "");
        int year = 0;
        String department = null;
        String budgetUnit = null;
        List<BigDecimal> funds = null;
        int goalStart = -1;
        int indicatorStart = -1;
        int totalAt = -1;
        for (int i = 1; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String c = line.compact();
            Matcher y = YEAR.matcher(c);
            if (year == 0 && y.find()) {
                year = Integer.parseInt(y.group(1));
            } else if (c.startsWith("项目名称") && c.length() > 4) {
                name = c.substring(4);
            } else if (c.startsWith("主管部门及代码")) {
                Matcher d = DEPARTMENT.matcher(line.text().strip());
                if (d.find()) {
                    department = d.group(1);
                    budgetUnit = d.group(3);
                }
            } else if (funds == null && c.startsWith("资金总额")) {
                funds = numbers(line.text());
            } else if (goalStart < 0 && c.equals("年度目标实际完成情况")) {
                goalStart = i + 1;
            } else if (indicatorStart < 0 && c.startsWith("实际完成值分值得分")) {
                indicatorStart = i + 1;
            } else if (totalAt < 0 && TOTAL.matcher(c).matches()) {
                totalAt = i;
            }
        }
        BigDecimal declared = null;
        BigDecimal initial = null;
        BigDecimal fullYear = null;
        BigDecimal executed = null;
        BigDecimal balance = null;
        BigDecimal rate = null;
        BigDecimal score = null;
        if (funds != null && (funds.size() == 7 || funds.size() == 6)) {
            int at = 0;
            if (funds.size() == 7) {
                declared = funds.get(at++);
            }
            initial = funds.get(at++);
            fullYear = funds.get(at++);
            executed = funds.get(at++);
            balance = funds.get(at++);
            rate = funds.get(at++);
            score = funds.get(at);
        } else {
            issues.add(new IngestIssue(heading.ref(), "绩效自评表“" + name + "”的资金总额行无法读出 / cannot read the 资金总额 "
                    + "line of the self-evaluation of " + name));
        }
        int goalEnd = goalStart < 0 ? -1 : end(lines, goalStart, indicatorStart);
        String[] goal = goalStart < 0 || goalEnd < goalStart ? new String[2]
                : GoalCells.split(lines.subList(goalStart, goalEnd));
        List<ScoredIndicator> indicators = indicatorStart < 0 || totalAt < indicatorStart ? List.of()
                : indicators(lines.subList(indicatorStart, totalAt), issues);
        BigDecimal totalScore = null;
        String grade = null;
        Analysis analysis = Analysis.NONE;
        if (totalAt >= 0) {
            Matcher t = TOTAL.matcher(lines.get(totalAt).compact());
            t.matches();
            totalScore = new BigDecimal(t.group(1));
            grade = t.group(3);
            analysis = analysis(lines.subList(totalAt + 1, lines.size()));
        } else {
            issues.add(new IngestIssue(heading.ref(), "绩效自评表“" + name + "”未找到总分 / no 总分 found in the "
                    + "self-evaluation of " + name));
        }
        return new SelfEvaluation(name, initial, fullYear, executed, rate, score, totalScore, grade, indicators,
                heading.ref(), year, department, budgetUnit, declared, balance,
                SelfEvaluation.DEFAULT_EXECUTION_WEIGHT, goal[0], goal[1], analysis);
    }

    /** The goal cells end at the vertical 绩效指标 label before the indicator header. */
    private static int end(List<SourceLine> lines, int from, int indicatorStart) {
        for (int i = from; i < lines.size(); i++) {
            String c = lines.get(i).compact();
            if (c.length() == 1 || c.startsWith("一级指")) {
                return i;
            }
        }
        return indicatorStart < 0 ? lines.size() : indicatorStart;
    }

    private static List<BigDecimal> numbers(String text) {
        List<BigDecimal> out = new ArrayList<>();
        for (String piece : text.strip().split("\\s+")) {
            if (NUMBER.matcher(piece).matches()) {
                out.add(new BigDecimal(piece));
            }
        }
        return out;
    }

    private static List<ScoredIndicator> indicators(List<SourceLine> lines, List<IngestIssue> issues) {
        List<ScoredIndicator> out = new ArrayList<>();
        StringBuilder labels = new StringBuilder();
        String level1 = null;
        String level2 = null;
        for (SourceLine line : lines) {
            // Indicator rows are not bold; a value printed twice (＝20000元＝20000元: 年初 and 调整后) is two
            // cells, which the bold repair of the line would have merged, so the row is read from the raw text.
            String text = CharacterNormalizer.normalize(line.raw()).strip();
            Matcher m = ROW_TAIL.matcher(text);
            if (!m.matches()) {
                labels.append(Texts.compact(text));
                continue;
            }
            String pending = labels.toString();
            labels.setLength(0);
            for (String l1 : LEVEL1) {
                if (pending.startsWith(l1) && !LEVEL2.contains(pending)) {
                    level1 = l1;
                    pending = pending.substring(l1.length());
                    break;
                }
            }
            if (!pending.isEmpty()) {
                level2 = pending;
            }
            String body = m.group(1).strip();
            for (String l2 : LEVEL2) {
                if (body.startsWith(l2 + " ") || body.startsWith(l2 + "\u3000")) {
                    level2 = l2;
                    body = body.substring(l2.length()).strip();
                    break;
                }
            }
            List<String> cells = IndicatorCells.split(body);
            if (cells.size() < 3) {
                issues.add(new IngestIssue(line.ref(), "绩效自评指标行无法分列 / cannot split the indicator row: " + text));
                continue;
            }
            int nameEnd = cells.size() == 3 ? 1 : cells.size() - 3;
            String indicatorName = String.join("", cells.subList(0, nameEnd));
            String value;
            String adjusted;
            String actual = cells.get(cells.size() - 1);
            if (cells.size() == 3) {
                value = cells.get(1);
                adjusted = null;
            } else {
                value = cells.get(cells.size() - 3);
                adjusted = cells.get(cells.size() - 2);
            }
            io.gongkai.model.Indicator indicator = new io.gongkai.model.Indicator(level1, level2, indicatorName,
                    value, line.ref());
            out.add(new ScoredIndicator(indicator, actual, new BigDecimal(m.group(2)), new BigDecimal(m.group(3)),
                    adjusted, m.group(4) == null ? null : Texts.compact(m.group(4))));
        }
        return out;
    }

    private static Analysis analysis(List<SourceLine> lines) {
        StringBuilder stream = new StringBuilder();
        for (SourceLine line : lines) {
            String c = line.compact();
            if (c.startsWith("备注")) {
                break;
            }
            if (c.length() > 1 || VERTICAL_LABEL.indexOf(c.charAt(0)) < 0) {
                stream.append(c);
            }
        }
        String text = stream.toString();
        String[] values = new String[SelfEvaluationLabels.ANALYSIS.size()];
        for (int i = 0; i < SelfEvaluationLabels.ANALYSIS.size(); i++) {
            int at = text.indexOf(SelfEvaluationLabels.ANALYSIS.get(i));
            if (at < 0) {
                continue;
            }
            int from = at + SelfEvaluationLabels.ANALYSIS.get(i).length();
            int to = text.length();
            for (int j = i + 1; j < SelfEvaluationLabels.ANALYSIS.size(); j++) {
                int next = text.indexOf(SelfEvaluationLabels.ANALYSIS.get(j), from);
                if (next >= 0) {
                    to = next;
                    break;
                }
            }
            String value = text.substring(from, to);
            values[i] = value.isEmpty() ? null : value;
        }
        return SelfEvaluationLabels.analysis(values);
    }
}
