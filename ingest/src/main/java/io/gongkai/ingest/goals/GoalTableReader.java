package io.gongkai.ingest.goals;

import io.gongkai.ingest.goals.GoalLabelScanner.Hit;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.model.FundSplit;
import io.gongkai.model.Indicator;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one goal table, heading first, into a {@link PerformanceGoal}. */
final class GoalTableReader {

    private static final Pattern DEPARTMENT = Pattern.compile("(\\d+)[-－—–_]*(.*)");
    /** The department with its code after it in brackets, as Gongkai's renderer prints it. */
    private static final Pattern DEPARTMENT_CODE_AFTER = Pattern.compile("(.*?)[（(](\\d+)[）)]");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private GoalTableReader() {
    }

    static PerformanceGoal read(List<SourceLine> table, List<IngestIssue> issues) {
        SourceRef where = table.get(0).ref();
        StackedGoalLayout.Parts parts = StackedGoalLayout.split(table);
        CompactStream s = CompactStream.of(parts.form());
        List<Hit> hits = GoalLabelScanner.scan(s);
        Map<GoalField, List<String>> values = values(s, hits);
        Halves halves = Halves.of(
                has(hits, GoalField.PERIOD_TOTAL) || has(hits, GoalField.PERIOD_GOAL_HEADING),
                has(hits, GoalField.ANNUAL_TOTAL) || has(hits, GoalField.ANNUAL_GOAL_HEADING));
        int indicatorsAt = indicatorsStart(s, hits);

        String projectName = first(values, GoalField.PROJECT_NAME);
        if (projectName == null) {
            issues.add(new IngestIssue(where, "绩效目标表缺少项目名称 / goal table without a project name"));
        }
        String department = first(values, GoalField.DEPARTMENT);
        String code = null;
        String departmentName = department;
        if (department != null) {
            Matcher m = DEPARTMENT.matcher(department);
            Matcher after = DEPARTMENT_CODE_AFTER.matcher(department);
            if (m.matches()) {
                code = m.group(1);
                departmentName = GoalText.orNull(m.group(2));
            } else if (after.matches()) {
                code = after.group(2);
                departmentName = GoalText.orNull(after.group(1));
            }
        }
        FundSplit[] funds = funds(values, halves, where, issues);
        GoalTextSplitter.Goals goals = goals(s, hits, indicatorsAt, halves);
        IndicatorAssembler.Result indicators = parts.stacked() ? stackedIndicators(parts)
                : indicators(s, indicatorsAt, halves);
        if (indicators.period().isEmpty() && indicators.annual().isEmpty()) {
            issues.add(new IngestIssue(where, "绩效目标表未读出绩效指标 / no indicators read in goal table "
                    + projectName));
        }
        if (indicators.withoutLevel2() > 0) {
            issues.add(new IngestIssue(where, "有" + indicators.withoutLevel2() + "个三级指标缺少二级指标 / "
                    + indicators.withoutLevel2() + " indicators stand before any 二级 label"));
        }
        return new PerformanceGoal(projectName, code, departmentName, first(values, GoalField.IMPLEMENTING_UNIT),
                first(values, GoalField.ATTRIBUTE), first(values, GoalField.PERIOD), funds[0], funds[1],
                first(values, GoalField.OVERVIEW), first(values, GoalField.BASIS),
                first(values, GoalField.NECESSITY), first(values, GoalField.SAFEGUARDS),
                first(values, GoalField.PLAN), goals.period(), goals.annual(),
                indicators.period(), indicators.annual(), where);
    }

    /** The value cells of the labels: the text up to the next label. */
    private static Map<GoalField, List<String>> values(CompactStream s, List<Hit> hits) {
        Map<GoalField, List<String>> values = new EnumMap<>(GoalField.class);
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            if (!hit.field().hasValue() || hit.field() == GoalField.OVERALL_GOAL) {
                continue;
            }
            int end = i + 1 < hits.size() ? hits.get(i + 1).start() : s.length();
            values.computeIfAbsent(hit.field(), f -> new ArrayList<>()).add(s.slice(hit.end(), end));
        }
        return values;
    }

    private static String first(Map<GoalField, List<String>> values, GoalField field) {
        List<String> list = values.get(field);
        return list == null ? null : GoalText.orNull(list.get(0));
    }

    private static boolean has(List<Hit> hits, GoalField field) {
        return hits.stream().anyMatch(h -> h.field() == field);
    }

    /** Where the indicators start: their heading, else the first 一级/二级 label after the last labelled cell. */
    private static int indicatorsStart(CompactStream s, List<Hit> hits) {
        if (hits.isEmpty()) {
            return s.length();
        }
        Hit last = hits.get(hits.size() - 1);
        if (last.field() == GoalField.INDICATORS) {
            return last.start();
        }
        for (int pos = last.end(); pos < s.length(); pos++) {
            if (s.breakBefore(pos)) {
                IndicatorVocabulary.Match m = IndicatorVocabulary.match(s, pos, s.length());
                if (m != null && m.label().kind() != IndicatorVocabulary.Kind.FOOTER) {
                    return pos;
                }
            }
        }
        return s.length();
    }

    /** 实施期资金总额 and 年度资金总额 with their splits: [period, annual]. */
    private static FundSplit[] funds(Map<GoalField, List<String>> values, Halves halves, SourceRef where,
                                     List<IngestIssue> issues) {
        GoalField[] parts = {GoalField.CENTRAL, GoalField.PROVINCIAL, GoalField.LOCAL, GoalField.SELF_RAISED,
            GoalField.OTHER};
        BigDecimal[] period = new BigDecimal[parts.length];
        BigDecimal[] annual = new BigDecimal[parts.length];
        for (int i = 0; i < parts.length; i++) {
            List<String> list = values.getOrDefault(parts[i], List.of());
            int next = 0;
            if (halves != Halves.ANNUAL && next < list.size()) {
                period[i] = amount(list.get(next++), parts[i], where, issues);
            }
            if (halves != Halves.PERIOD && next < list.size()) {
                annual[i] = amount(list.get(next), parts[i], where, issues);
            }
        }
        BigDecimal periodTotal = amount(first(values, GoalField.PERIOD_TOTAL), GoalField.PERIOD_TOTAL, where, issues);
        BigDecimal annualTotal = amount(first(values, GoalField.ANNUAL_TOTAL), GoalField.ANNUAL_TOTAL, where, issues);
        return new FundSplit[] {
            new FundSplit(periodTotal, period[0], period[1], period[2], period[3], period[4]),
            new FundSplit(annualTotal, annual[0], annual[1], annual[2], annual[3], annual[4])};
    }

    /** An amount in 元 as printed ({@code 150,000}, {@code 238,040.66}); blank is null. */
    static BigDecimal amount(String text, GoalField field, SourceRef where, List<IngestIssue> issues) {
        if (text == null) {
            return null;
        }
        String t = text.replace(",", "").replace("，", "");
        if (t.endsWith("元")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty()) {
            return null;
        }
        if (!AMOUNT.matcher(t).matches()) {
            issues.add(new IngestIssue(where, "资金金额无法识别（" + field + "）：" + text + " / unreadable amount"));
            return null;
        }
        return new BigDecimal(t);
    }

    /**
     * The 实施期 and 年度 goals. Where a 总体目标 cell stands, its text is both goals, split by the columns the table
     * prints. Without one, the headings label the text themselves: {@code 年度总体目标} (or {@code 年度目标},
     * {@code 实施期总体目标}) alone before its text is that half's goal, headings printed side by side head
     * columns that are split as under 总体目标, and headings stacked one above the other each label the text up to
     * the next.
     */
    private static GoalTextSplitter.Goals goals(CompactStream s, List<Hit> hits, int indicatorsAt, Halves halves) {
        int from = -1;
        boolean overall = false;
        for (Hit hit : hits) {
            if (hit.field().phase() == GoalField.Phase.GOALS) {
                from = hit.end();
                overall |= hit.field() == GoalField.OVERALL_GOAL;
            }
        }
        if (from < 0) {
            return new GoalTextSplitter.Goals(null, null);
        }
        if (overall) {
            return from >= indicatorsAt ? new GoalTextSplitter.Goals(null, null)
                    : GoalTextSplitter.split(s, from, indicatorsAt, halves);
        }
        return labelledByHeadings(s, hits, indicatorsAt);
    }

    /** The goals of a table whose goal headings (实施期目标, 年度总体目标) label their texts without 总体目标. */
    private static GoalTextSplitter.Goals labelledByHeadings(CompactStream s, List<Hit> hits, int indicatorsAt) {
        List<Hit> headings = hits.stream().filter(h -> h.field() == GoalField.PERIOD_GOAL_HEADING
                || h.field() == GoalField.ANNUAL_GOAL_HEADING).toList();
        String period = null;
        String annual = null;
        int i = 0;
        while (i < headings.size()) {
            boolean periodHeading = false;
            boolean annualHeading = false;
            int j = i;
            do {
                periodHeading |= headings.get(j).field() == GoalField.PERIOD_GOAL_HEADING;
                annualHeading |= headings.get(j).field() == GoalField.ANNUAL_GOAL_HEADING;
                j++;
            } while (j < headings.size() && headings.get(j).start() == headings.get(j - 1).end());
            int textFrom = headings.get(j - 1).end();
            int textTo = Math.min(indicatorsAt, j < headings.size() ? headings.get(j).start() : indicatorsAt);
            if (textFrom < textTo) {
                GoalTextSplitter.Goals g = GoalTextSplitter.split(s, textFrom, textTo,
                        Halves.of(periodHeading, annualHeading));
                period = period != null ? period : g.period();
                annual = annual != null ? annual : g.annual();
            }
            i = j;
        }
        return new GoalTextSplitter.Goals(period, annual);
    }

    /** The indicators of the two stacked tables, each read as its own half. */
    private static IndicatorAssembler.Result stackedIndicators(StackedGoalLayout.Parts parts) {
        IndicatorAssembler.Result period = IndicatorAssembler.assemble(
                IndicatorTokenizer.tokenize(parts.period()), Halves.PERIOD);
        IndicatorAssembler.Result annual = IndicatorAssembler.assemble(
                IndicatorTokenizer.tokenize(parts.annual()), Halves.ANNUAL);
        return new IndicatorAssembler.Result(period.period(), annual.annual(),
                period.withoutLevel2() + annual.withoutLevel2());
    }

    private static IndicatorAssembler.Result indicators(CompactStream s, int from, Halves halves) {
        if (from >= s.length()) {
            return new IndicatorAssembler.Result(List.<Indicator>of(), List.<Indicator>of(), 0);
        }
        int first = s.lineIndexAt(from);
        List<SourceLine> lines = new ArrayList<>(s.lines().subList(first, s.lines().size()));
        int skip = from - s.lineStart(first);
        if (skip > 0) {
            SourceLine line = lines.get(0);
            lines.set(0, line.withText(GoalText.dropCompactPrefix(line.text(), skip)));
        }
        return IndicatorAssembler.assemble(IndicatorTokenizer.tokenize(lines), halves);
    }
}
