package io.gongkai.ingest.finalaccounts;

import io.gongkai.ingest.narrative.NarrativeReading;
import io.gongkai.ingest.narrative.Passage;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.FinalAccountsStatements.ChangeStatement;
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.FinalAccountsStatements.ProcurementStatement;
import io.gongkai.model.FinalAccountsStatements.SelfEvaluationSummary;
import io.gongkai.model.FinalAccountsStatements.ThreePublicItem;
import io.gongkai.model.FinalAccountsStatements.ThreePublicStatement;
import io.gongkai.model.FinalAccountsStatements.Visits;
import io.gongkai.model.Narrative;
import io.gongkai.model.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statements of a final-accounts 情况说明 into {@link FinalAccountsStatements}: the sentences of the
 * standard 决算 wording (完成年初预算的X%, X支出(类)…占比…与上年相比…主要原因是…, the 三公 sentences, 机关运行经费,
 * 政府采购 with 中小企业 and 小微企业, the 绩效自评 summaries). Each is searched in the passage whose title names
 * its topic, else in the whole text. Stateless.
 */
final class FinalAccountsStatementParser {

    private static final String NUM = "([0-9][0-9,]*(?:\\.[0-9]+)?)";
    private static final Pattern COMPLETION = Pattern.compile(
            "年初预算" + NUM + "万元，支出决算" + NUM + "万元，完成年初预算的" + NUM + "%");
    private static final Pattern CLASS = Pattern.compile(
            "([\\u4e00-\\u9fa5、]+?支出)[(（]类[)）]" + NUM + "万元，占(?:比)?" + NUM + "%");
    private static final Pattern PURPOSE = Pattern.compile("主要用于[:：]?(.*?)[。；]");
    private static final Pattern CHANGE = Pattern.compile(
            "(增加|减少)" + NUM + "万元[，,]?(?:(增加|减少|增长|下降|降低)" + NUM + "%)?");
    private static final Pattern SAME = Pattern.compile("与上年(相同|持平)");
    private static final Pattern REASON = Pattern.compile("主要原因(?:是)?[:：]?(.*?)(?:[。；]|$)");
    private static final Pattern THREE_PUBLIC_TOTAL = Pattern.compile("“?三公”?经费财政拨款支出全年预算" + NUM
            + "万元，支出决算" + NUM + "万元，完成全年预算的" + NUM + "%");
    private static final Pattern OPERATING = Pattern.compile("机关运行经费支出" + NUM + "万元");
    private static final Pattern PROCUREMENT_TOTAL = Pattern.compile("政府采购支出总额" + NUM + "万元");
    private static final Pattern GOODS = Pattern.compile("货物支出" + NUM + "万元");
    private static final Pattern WORKS = Pattern.compile("工程支出" + NUM + "万元");
    private static final Pattern SERVICES = Pattern.compile("服务支出" + NUM + "万元");
    private static final Pattern SME = Pattern.compile("授予中小企业合同金额" + NUM + "万元，占政府采购支出总额的" + NUM
            + "%");
    private static final Pattern SMALL_MICRO = Pattern.compile("授予小微企业合同金额" + NUM + "万元，占政府采购支出总额的"
            + NUM + "%");
    private static final Pattern EVALUATION_SUMMARY = Pattern.compile("(20\\d{2})年度(?:部门预算)?(一级项目|二级项目)"
            + "绩效自评个数" + NUM + "个，涉及资金" + NUM + "(万元|元)[：:，]" + NUM + "个项目自评等级为“优”，" + NUM
            + "个项目自评等级为“良”，" + NUM + "个项目自评等级为“中”，" + NUM + "个项目自评等级为“差”");
    private static final Pattern GROUPS = Pattern.compile("出国团组(?:共)?" + NUM + "个，" + NUM + "人次");
    private static final Pattern BOUGHT = Pattern.compile("购置公务用车" + NUM + "辆");
    private static final Pattern HELD = Pattern.compile("公务用车保有量(?:共)?" + NUM + "辆");
    private static final Pattern RECEPTIONS = Pattern.compile("公务接待费支出" + NUM + "万元，共接待" + NUM + "批次，" + NUM
            + "人次");
    private static final Pattern DOMESTIC = Pattern.compile("国内接待费" + NUM + "万元，共接待" + NUM + "批次，" + NUM
            + "人次");
    private static final Pattern FOREIGN_AFFAIRS = Pattern.compile("外事接待费" + NUM + "万元，共接待" + NUM + "批次，"
            + NUM + "人次");
    private static final Pattern OVERSEAS = Pattern.compile("国（境）外接待费" + NUM + "万元，共接待(?:国（境）外)?" + NUM
            + "批次，" + NUM + "人次");

    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})、");
    private static final int MAX_HEADING = 40;

    private FinalAccountsStatementParser() {
    }

    static FinalAccountsStatements parse(NarrativeReading reading, List<SourceLine> lines) {
        StringBuilder all = new StringBuilder();
        reading.narrative().sections().forEach(s -> all.append(s.text()));
        String text = all.toString();
        SourceRef where = reading.narrative().sections().isEmpty() ? SourceRef.NONE
                : reading.narrative().sections().get(0).source();
        BigDecimal initial = null;
        BigDecimal fin = null;
        BigDecimal rate = null;
        Matcher c = COMPLETION.matcher(text);
        int classesFrom = 0;
        if (c.find()) {
            initial = num(c.group(1));
            fin = num(c.group(2));
            rate = num(c.group(3));
            classesFrom = c.end();
        }
        String threePublic = passage(reading, text, "三公");
        return new FinalAccountsStatements(initial, fin, rate, classes(text, classesFrom),
                threePublic(threePublic), operating(passage(reading, text, "机关运行经费"), where),
                procurement(passage(reading, text, "政府采购"), where), evaluations(text, where), repeated(lines));
    }

    /**
     * The statements of a narrative already read, from its sections alone (the sub-section passages and the lines
     * are not kept in the model, so a topic is searched in the section whose title names it, else in the whole
     * text); the repeated sections are kept as the narrative has them.
     */
    static FinalAccountsStatements parseSections(Narrative narrative) {
        List<Passage> sections = narrative.sections().stream()
                .map(s -> new Passage(s.number(), s.title(), s.text(), s.source())).toList();
        FinalAccountsStatements read = parse(new NarrativeReading(narrative, sections), List.of());
        return new FinalAccountsStatements(read.initialBudget(), read.finalExpenditure(), read.completionRate(),
                read.classes(), read.threePublic(), read.operatingCosts(), read.procurement(),
                read.selfEvaluationSummaries(), narrative.finalAccounts().repeatedSections());
    }

    /** The ordinals of section headings printed more than once with the same words. */
    private static List<String> repeated(List<SourceLine> lines) {
        java.util.Map<String, Integer> seen = new java.util.LinkedHashMap<>();
        for (SourceLine line : lines) {
            String c = line.compact();
            Matcher m = SECTION.matcher(c);
            if (m.find() && c.length() <= MAX_HEADING) {
                seen.merge(c, 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        seen.forEach((heading, count) -> {
            if (count > 1) {
                Matcher m = SECTION.matcher(heading);
                m.find();
                out.add(m.group(1));
            }
        });
        return out;
    }

    private static String passage(NarrativeReading reading, String whole, String keyword) {
        return reading.titled(keyword).map(Passage::text).orElse(whole);
    }

    private static List<ClassStatement> classes(String text, int from) {
        List<ClassStatement> out = new ArrayList<>();
        Matcher m = CLASS.matcher(text);
        List<int[]> spans = new ArrayList<>();
        int at = from;
        while (m.find(at)) {
            spans.add(new int[] {m.start(), m.end()});
            at = m.end();
        }
        for (int i = 0; i < spans.size(); i++) {
            Matcher one = CLASS.matcher(text);
            one.find(spans.get(i)[0]);
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : sentenceEndAfterReason(text, spans.get(i)[1]);
            String rest = text.substring(spans.get(i)[1], end);
            Matcher purpose = PURPOSE.matcher(rest);
            BigDecimal amount = num(one.group(2));
            out.add(new ClassStatement(one.group(1), amount, num(one.group(3)),
                    purpose.find() ? purpose.group(1) : null, change(amount, rest, SourceRef.NONE)));
        }
        return out;
    }

    /** The end of the last class statement: the end of its 主要原因 sentence, or of its own sentence. */
    private static int sentenceEndAfterReason(String text, int from) {
        int reason = text.indexOf("主要原因", from);
        int next = text.indexOf("。", reason < 0 ? from : reason);
        return next < 0 ? text.length() : next + 1;
    }

    private static ChangeStatement change(BigDecimal amount, String text, SourceRef source) {
        Matcher ch = CHANGE.matcher(text);
        Matcher reason = REASON.matcher(text);
        String why = reason.find() ? reason.group(1) : null;
        if (ch.find()) {
            BigDecimal change = signed(ch.group(1), num(ch.group(2)));
            BigDecimal rate = ch.group(4) == null ? null : signed(ch.group(3), num(ch.group(4)));
            return new ChangeStatement(amount, change, rate, why, source);
        }
        if (SAME.matcher(text).find()) {
            return new ChangeStatement(amount, BigDecimal.ZERO, null, why, source);
        }
        return new ChangeStatement(amount, null, null, why, source);
    }

    private static ThreePublicStatement threePublic(String text) {
        ThreePublicItem total = ThreePublicItem.NONE;
        Matcher t = THREE_PUBLIC_TOTAL.matcher(text);
        int itemsFrom = 0;
        if (t.find()) {
            int end = text.indexOf("其中", t.end());
            end = end < 0 ? text.length() : end;
            total = new ThreePublicItem(num(t.group(1)), num(t.group(2)), num(t.group(3)),
                    change(num(t.group(2)), text.substring(t.end(), end), SourceRef.NONE));
            itemsFrom = end;
        }
        String items = text.substring(itemsFrom);
        int details = items.indexOf("具体情况");
        String summary = details < 0 ? items : items.substring(0, details);
        return new ThreePublicStatement(total, item(summary, "因公出国（境）费支出"), item(summary, "公务用车购置费支出"),
                item(summary, "公务用车运行维护费支出"), item(summary, "公务接待费支出"),
                visits(GROUPS, text, false), count(BOUGHT, text), count(HELD, text), visits(RECEPTIONS, text, true),
                visits(DOMESTIC, text, true), visits(FOREIGN_AFFAIRS, text, true), visits(OVERSEAS, text, true));
    }

    private static ThreePublicItem item(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + NUM + "万元(.*?)(?:；|。|$)").matcher(text);
        if (!m.find()) {
            return ThreePublicItem.NONE;
        }
        BigDecimal actual = num(m.group(1));
        String rest = m.group(2);
        Matcher rate = Pattern.compile("完成全年预算的" + NUM + "%").matcher(rest);
        return new ThreePublicItem(null, actual, rate.find() ? num(rate.group(1)) : null,
                change(actual, rest, SourceRef.NONE));
    }

    private static Visits visits(Pattern pattern, String text, boolean withAmount) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Visits.NONE;
        }
        if (withAmount) {
            return new Visits(num(m.group(1)), integer(m.group(2)), integer(m.group(3)));
        }
        return new Visits(null, integer(m.group(1)), integer(m.group(2)));
    }

    private static Integer count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? integer(m.group(1)) : null;
    }

    private static ChangeStatement operating(String text, SourceRef source) {
        Matcher m = OPERATING.matcher(text);
        if (!m.find()) {
            return ChangeStatement.NONE;
        }
        int end = text.indexOf("。", m.end());
        return change(num(m.group(1)), text.substring(m.end(), end < 0 ? text.length() : end + 1), source);
    }

    private static ProcurementStatement procurement(String text, SourceRef source) {
        Matcher total = PROCUREMENT_TOTAL.matcher(text);
        if (!total.find()) {
            return ProcurementStatement.NONE;
        }
        Matcher sme = SME.matcher(text);
        boolean hasSme = sme.find();
        Matcher small = SMALL_MICRO.matcher(text);
        boolean hasSmall = small.find();
        return new ProcurementStatement(num(total.group(1)), first(GOODS, text), first(WORKS, text),
                first(SERVICES, text), hasSme ? num(sme.group(1)) : null, hasSme ? num(sme.group(2)) : null,
                hasSmall ? num(small.group(1)) : null, hasSmall ? num(small.group(2)) : null, source);
    }

    private static List<SelfEvaluationSummary> evaluations(String text, SourceRef source) {
        List<SelfEvaluationSummary> out = new ArrayList<>();
        Matcher m = EVALUATION_SUMMARY.matcher(text);
        while (m.find()) {
            out.add(new SelfEvaluationSummary(Integer.parseInt(m.group(1)), m.group(2), integer(m.group(3)),
                    num(m.group(4)), m.group(5), integer(m.group(6)), integer(m.group(7)), integer(m.group(8)),
                    integer(m.group(9)), source));
        }
        return out;
    }

    private static BigDecimal first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? num(m.group(1)) : null;
    }

    private static BigDecimal signed(String word, BigDecimal value) {
        return word.equals("减少") || word.equals("下降") || word.equals("降低") ? value.negate() : value;
    }

    private static BigDecimal num(String s) {
        return Texts.parseAmount(s);
    }

    /** A count, or null when the printed number is not a whole number of a sensible size. */
    private static Integer integer(String s) {
        BigDecimal value = num(s);
        try {
            return value.intValueExact();
        } catch (ArithmeticException notACount) {
            return null;
        }
    }
}
