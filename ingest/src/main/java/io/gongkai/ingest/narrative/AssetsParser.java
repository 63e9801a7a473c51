package io.gongkai.ingest.narrative;

import io.gongkai.model.Assets;
import io.gongkai.model.FactKind;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Vehicles;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 国有资产占有使用情况 (state assets held) from the narrative passage titled with 资产, wherever the template
 * puts it (十一 in a budget, 十(三) in final accounts): the date of the first 截至, vehicles (编制 quota, 实有
 * held, and held by category in printed order), 办公用房 floor area, and general equipment priced over 50万元 and
 * 100万元. Builds on the facts of {@link NarrativeParser}. Stateless and thread-safe.
 */
public final class AssetsParser {

    private static final Pattern AS_OF = Pattern.compile(
            "截[至止](?:到|日期)?[：:]?\\s*((?:19|20)[0-9]{2}\\s*年[\\s年]*(?:[0-9]{1,2}\\s*月)?\\s*(?:[0-9]{1,2}\\s*日)?"
                    + "(?:末|底)?)");
    private static final Pattern EQUIPMENT = Pattern.compile(
            "([0-9]+)\\s*万元\\s*(?:[（(][^）)]{0,8}[）)])?\\s*及?以上[^。；;]{0,40}?([0-9]+(?:\\.[0-9]+)?)\\s*台");
    private static final BigDecimal HALF_MILLION = new BigDecimal("50");
    private static final BigDecimal MILLION = new BigDecimal("100");

    /** The assets stated in the narrative, or {@link Assets#NONE} when it has no assets passage. */
    public Assets parse(NarrativeReading reading, List<IngestIssue> issues) {
        Optional<Passage> found = reading.titled("国有资产", "资产");
        if (found.isEmpty()) {
            return Assets.NONE;
        }
        Passage passage = found.get();
        List<NarrativeFact> facts = reading.factsOf(passage);
        Matcher asOf = AS_OF.matcher(passage.text());
        String date = asOf.find() ? asOf.group(1).strip() : null;
        Integer over500k = null;
        Integer over1m = null;
        Matcher equipment = EQUIPMENT.matcher(passage.text());
        while (equipment.find()) {
            BigDecimal threshold = new BigDecimal(equipment.group(1));
            Integer count = count(equipment.group(2), passage, issues);
            if (threshold.compareTo(HALF_MILLION) == 0 && over500k == null) {
                over500k = count;
            } else if (threshold.compareTo(MILLION) == 0 && over1m == null) {
                over1m = count;
            }
        }
        return new Assets(date, vehicles(facts, passage, issues), officeArea(facts), over500k, over1m,
                passage.source());
    }

    private static Vehicles vehicles(List<NarrativeFact> facts, Passage passage, List<IngestIssue> issues) {
        Integer quota = null;
        Integer actual = null;
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (NarrativeFact fact : facts) {
            if (!fact.unit().equals("辆") || fact.kind() != FactKind.COUNT) {
                continue;
            }
            String subject = fact.subject();
            Integer n = count(fact.value().toPlainString(), passage, issues);
            if (subject.contains("编制")) {
                quota = quota == null ? n : quota;
            } else if (isCategory(subject)) {
                byCategory.putIfAbsent(subject, n);
            } else if (actual == null) {
                actual = n;
            }
        }
        return quota == null && actual == null && byCategory.isEmpty() ? Vehicles.NONE
                : new Vehicles(quota, actual, byCategory);
    }

    /** A category names a kind of car (领导用车, 其他用车), not the fleet (实有, 公务用车, 车辆). */
    private static boolean isCategory(String subject) {
        return subject.endsWith("用车") && !subject.equals("公务用车") && !subject.contains("实有")
                && !subject.contains("共有");
    }

    private static BigDecimal officeArea(List<NarrativeFact> facts) {
        BigDecimal first = null;
        for (NarrativeFact fact : facts) {
            if (fact.kind() != FactKind.QUANTITY) {
                continue;
            }
            if (fact.subject().contains("办公")) {
                return fact.value();
            }
            first = first == null ? fact.value() : first;
        }
        return first;
    }

    private static Integer count(String printed, Passage passage, List<IngestIssue> issues) {
        try {
            return new BigDecimal(printed).intValueExact();
        } catch (ArithmeticException | NumberFormatException notWhole) {
            issues.add(new IngestIssue(passage.source(), "资产数量“" + printed + "”不是整数，已忽略 / the asset count "
                    + printed + " is not a whole number and was ignored"));
            return null;
        }
    }
}
