package io.gongkai.ingest.finalaccounts;

import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.FundSplit;
import io.gongkai.model.Indicator;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.PerformanceGoal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 项目支出绩效目标申报表 that final accounts attach after their self-evaluations (屯留区 template). The
 * PDF draws each form in two layers, and text extraction prints the lower layer first: the 实施期资金 column and
 * the indicator table (实施期 and 年度 side by side), then the heading, the project fields, the 年度资金, the texts and
 * the goals. A form therefore runs from one 实施期资金 line to the next. What the layout does not let us attribute
 * (the 实施期 indicator values, printed as a loose list) is left null and recorded as an issue. Stateless.
 */
public final class GoalDeclarationReader {

    private static final Pattern MONEY = Pattern.compile("^[0-9][0-9,]*(\\.[0-9]+)?$");
    private static final Pattern VALUE_LINE = Pattern.compile("^[≥≤＝=<>＜＞]");
    private static final Pattern DEPARTMENT = Pattern.compile("^(\\d+)-(.+)$");
    private static final List<String> LEVEL2 = List.of("服务对象满意度指标", "可持续影响指标", "经济效益指标",
            "社会效益指标", "生态效益指标", "数量指标", "质量指标", "时效指标", "成本指标");
    private static final Pattern LEVEL2_SPLIT = Pattern.compile("(?=" + String.join("|", LEVEL2) + ")");

    /** Whether the lines hold declaration forms of this layout. */
    public static boolean isDeclarationLayout(List<SourceLine> lines) {
        return !lines.isEmpty() && lines.get(0).compact().startsWith("实施期资金");
    }

    /** Reads every form. */
    public List<PerformanceGoal> read(List<SourceLine> lines, List<IngestIssue> issues) {
        List<PerformanceGoal> goals = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).compact().startsWith("实施期资金")) {
                if (start >= 0) {
                    goals.add(form(lines.subList(start, i), issues));
                }
                start = i;
            }
        }
        return goals;
    }

    private PerformanceGoal form(List<SourceLine> lines, List<IngestIssue> issues) {
        int heading = indexOf(lines, 0, "绩效目标申报表");
        if (heading < 0) {
            issues.add(new IngestIssue(lines.get(0).ref(), "绩效目标申报表缺少标题，未能读出 / a goal declaration form "
                    + "without its heading could not be read"));
            heading = lines.size();
        }
        List<SourceLine> lower = lines.subList(0, heading);
        List<SourceLine> upper = lines.subList(heading, lines.size());
        FundSplit periodFunds = periodFunds(lower);
        String[] indicatorPair = indicatorStream(lower);
        List<Indicator> period = new ArrayList<>();
        List<Indicator> annual = new ArrayList<>();
        indicators(indicatorPair, lower.isEmpty() ? null : lower.get(0), period, annual);
        String name = after(upper, "项目名称");
        String department = joinBetween(upper, "主管部门及代码", "实施单位");
        String code = null;
        String departmentName = department;
        Matcher d = department == null ? null : DEPARTMENT.matcher(department);
        if (d != null && d.matches()) {
            code = d.group(1);
            departmentName = d.group(2);
        }
        String unit = unitName(upper);
        String attribute = joinBetween(upper, "项目属性", "项目期");
        String term = after(upper, "项目期");
        FundSplit annualFunds = annualFunds(upper);
        String safeguards = joinBetween(upper, "保证项目实施的制度、措施", "项目实施计划");
        String plan = joinBetween(upper, "项目实施计划", "实施期目标");
        String overview = joinBetween(upper, "项目概况", "立项依据");
        String basis = joinBetween(upper, "立项依据", "项目设立必要性");
        int necessityAt = indexOf(upper, 0, "项目设立必要性");
        String necessity = null;
        int goalsFrom = -1;
        if (necessityAt >= 0) {
            StringBuilder sb = new StringBuilder(upper.get(necessityAt).compact().substring("项目设立必要性".length()));
            int i = necessityAt + 1;
            while (i < upper.size() && !isValueLine(upper.get(i).compact())
                    && !upper.get(i).compact().startsWith("联系电话")) {
                sb.append(upper.get(i++).compact());
            }
            necessity = sb.isEmpty() ? null : sb.toString();
            while (i < upper.size() && (isValueLine(upper.get(i).compact())
                    || upper.get(i).compact().startsWith("联系电话"))) {
                i++;
            }
            goalsFrom = i;
        }
        String[] goals = new String[2];
        if (goalsFrom >= 0) {
            int end = goalsFrom;
            while (end < upper.size() && upper.get(end).compact().length() > 1) {
                end++;
            }
            goals = GoalCells.split(upper.subList(goalsFrom, end));
        }
        if (!period.isEmpty()) {
            issues.add(new IngestIssue(upper.isEmpty() ? lines.get(0).ref() : upper.get(0).ref(),
                    "绩效目标申报表“" + name + "”的实施期指标值在文本中与指标分离，未能对应 / the 实施期 indicator values of "
                            + name + " are printed apart from their indicators and were not attributed"));
        }
        return new PerformanceGoal(name, code, departmentName, unit, attribute, term, periodFunds, annualFunds,
                overview, basis, necessity, safeguards, plan, goals[0], goals[1], period, annual,
                upper.isEmpty() ? lines.get(0).ref() : upper.get(0).ref());
    }

    private static boolean isValueLine(String c) {
        return VALUE_LINE.matcher(c).find() || c.length() <= 4 && !c.isEmpty();
    }

    /** 实施期资金 总额 / 中央 / 省级 / 市县（区） / 单位自筹 / 其他, each label wrapped, each value on its own line. */
    private static FundSplit periodFunds(List<SourceLine> lower) {
        BigDecimal[] values = new BigDecimal[6];
        int slot = -1;
        for (SourceLine line : lower) {
            String c = line.compact();
            if (c.startsWith("总体目")) {
                break;
            }
            if (c.startsWith("实施期资金")) {
                slot = 0;
            } else if (c.startsWith("其中：中央") || c.startsWith("其中:中央")) {
                slot = 1;
            } else if (c.equals("省级")) {
                slot = 2;
            } else if (c.equals("市县")) {
                slot = 3;
            } else if (c.equals("单位")) {
                slot = 4;
            } else if (c.equals("其他")) {
                slot = 5;
            } else if (MONEY.matcher(c).matches() && slot >= 0 && values[slot] == null) {
                values[slot] = money(c);
            }
        }
        return new FundSplit(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    /**
     * 年度资金总额 and its split. The lower half of the fund cells (省级's value, 市县, 单位自筹, 其他) is printed before
     * 项目属性, the upper half (总额, 中央, 省级's label) after it.
     */
    private static FundSplit annualFunds(List<SourceLine> upper) {
        BigDecimal total = labelled(upper, "年度资金总额");
        BigDecimal central = labelled(upper, "其中：中央财政资金");
        BigDecimal local = labelled(upper, "市县（区）财政资金");
        BigDecimal selfRaised = labelled(upper, "单位自筹");
        BigDecimal other = labelled(upper, "其他资金");
        BigDecimal provincial = null;
        int localAt = indexOf(upper, 0, "市县（区）财政资金");
        if (localAt > 0 && MONEY.matcher(upper.get(localAt - 1).compact()).matches()) {
            provincial = money(upper.get(localAt - 1).compact());
        }
        return new FundSplit(total, central, provincial, local, selfRaised, other);
    }

    private static BigDecimal labelled(List<SourceLine> lines, String label) {
        int at = indexOf(lines, 0, label);
        if (at < 0) {
            return null;
        }
        String rest = lines.get(at).compact().substring(lines.get(at).compact().indexOf(label) + label.length())
                .replaceFirst("^[：:]", "");
        return MONEY.matcher(rest).matches() ? money(rest) : null;
    }

    private static String unitName(List<SourceLine> upper) {
        int at = indexOf(upper, 0, "实施单位");
        if (at < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(upper.get(at).compact().substring(
                upper.get(at).compact().indexOf("实施单位") + "实施单位".length()));
        for (int i = at + 1; i < upper.size(); i++) {
            String c = upper.get(i).compact();
            if (MONEY.matcher(c).matches() || c.contains("资金") || c.startsWith("项目")) {
                break;
            }
            sb.append(c);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** The compact text of the indicator table: from its header to 负责人. */
    private static String[] indicatorStream(List<SourceLine> lower) {
        int from = indexOf(lower, 0, "二级指标三级指标二级指标三级指标");
        if (from < 0) {
            return new String[0];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from + 1; i < lower.size(); i++) {
            String c = lower.get(i).compact();
            if (c.startsWith("负责")) {
                break;
            }
            sb.append(c);
        }
        String stream = sb.toString().replace("满意度指标服务对象满意度指标", "服务对象满意度指标");
        List<String> pieces = new ArrayList<>();
        for (String piece : LEVEL2_SPLIT.split(stream)) {
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }
        return pieces.toArray(new String[0]);
    }

    /**
     * The table prints each indicator twice: 二级 + 三级 for the 实施期, then 二级 + 三级 + 指标值 for the year. The year's
     * value is what follows the name the 实施期 half gave.
     */
    private static void indicators(String[] pieces, SourceLine where, List<Indicator> period,
                                   List<Indicator> annual) {
        for (int i = 0; i + 1 < pieces.length; i += 2) {
            String level2 = level2(pieces[i]);
            String periodName = pieces[i].substring(level2.length());
            String annualText = pieces[i + 1].substring(level2(pieces[i + 1]).length());
            if (periodName.isEmpty() && annualText.isEmpty()) {
                continue; // a blank 二级 row (成本指标 with nothing)
            }
            String value = annualText.startsWith(periodName) ? annualText.substring(periodName.length()) : null;
            String level1 = level1(level2);
            period.add(new Indicator(level1, level2, periodName, null, where == null ? null : where.ref()));
            annual.add(new Indicator(level1, level2, periodName, value == null || value.isEmpty() ? null : value,
                    where == null ? null : where.ref()));
        }
    }

    private static String level2(String piece) {
        for (String l2 : LEVEL2) {
            if (piece.startsWith(l2)) {
                return l2;
            }
        }
        return "";
    }

    private static String level1(String level2) {
        return switch (level2) {
            case "数量指标", "质量指标", "时效指标", "成本指标" -> "产出指标";
            case "服务对象满意度指标" -> "满意度指标";
            default -> "效益指标";
        };
    }

    private static String after(List<SourceLine> lines, String label) {
        int at = indexOf(lines, 0, label);
        if (at < 0) {
            return null;
        }
        String c = lines.get(at).compact();
        String rest = c.substring(c.indexOf(label) + label.length());
        return rest.isEmpty() ? null : rest;
    }

    /** The text after a label up to the line that starts with the next label, joined. */
    private static String joinBetween(List<SourceLine> lines, String label, String next) {
        int at = indexOf(lines, 0, label);
        if (at < 0) {
            return null;
        }
        String first = lines.get(at).compact();
        StringBuilder sb = new StringBuilder(first.substring(first.indexOf(label) + label.length()));
        int nextInLine = sb.indexOf(next);
        if (nextInLine >= 0) {
            return sb.substring(0, nextInLine);
        }
        for (int i = at + 1; i < lines.size(); i++) {
            String c = lines.get(i).compact();
            int n = c.indexOf(next);
            if (n >= 0) {
                sb.append(c, 0, n);
                break;
            }
            sb.append(c);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static int indexOf(List<SourceLine> lines, int from, String text) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).compact().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal money(String text) {
        return Texts.parseAmount(text);
    }
}
