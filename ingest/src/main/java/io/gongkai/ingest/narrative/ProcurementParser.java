package io.gongkai.ingest.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Procurement;
import io.gongkai.model.SourceRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads 政府采购 (government procurement) from the narrative passage titled with it (九 in a budget, 十(二) in
 * final accounts): the total and its parts 货物 (goods), 工程 (works) and 服务 (services), in 万元. Amounts about
 * the share awarded to small firms (授予中小企业合同金额) are not parts. A passage that says there is no
 * procurement (无政府采购) gives a total of 0. Builds on the facts of {@link NarrativeParser}. Stateless and
 * thread-safe.
 */
public final class ProcurementParser {

    private static final Pattern NOT_A_PART = Pattern.compile("中小企业|小微|授予|监狱|残疾人");
    private static final Pattern TOTAL = Pattern.compile("总额|合计|总计|总预算|总支出");
    private static final Pattern NONE_STATED = Pattern.compile("无政府采购|未安排政府采购|没有政府采购");

    /** The procurement stated in the narrative, or {@link Procurement#NONE} when it has no procurement passage. */
    public Procurement parse(NarrativeReading reading, List<IngestIssue> issues) {
        Optional<Passage> found = reading.titled("政府采购");
        if (found.isEmpty()) {
            return Procurement.NONE;
        }
        Passage passage = found.get();
        NarrativeFact total = null;
        NarrativeFact goods = null;
        NarrativeFact works = null;
        NarrativeFact services = null;
        NarrativeFact firstAmount = null;
        for (NarrativeFact fact : reading.factsOf(passage)) {
            if (fact.kind() != FactKind.AMOUNT || !fact.unit().equals("万元")
                    || NOT_A_PART.matcher(fact.subject()).find()) {
                continue;
            }
            String subject = fact.subject();
            firstAmount = firstAmount == null ? fact : firstAmount;
            if (subject.contains("货物")) {
                goods = goods == null ? fact : goods;
            } else if (subject.contains("工程")) {
                works = works == null ? fact : works;
            } else if (subject.contains("服务")) {
                services = services == null ? fact : services;
            } else if (TOTAL.matcher(subject).find()) {
                total = total == null ? fact : total;
            }
        }
        if (total == null && firstAmount != null && firstAmount != goods && firstAmount != works
                && firstAmount != services) {
            total = firstAmount;
        }
        if (total == null && goods == null && works == null && services == null) {
            if (NONE_STATED.matcher(passage.text()).find()) {
                return new Procurement(BigDecimal.ZERO, null, null, null, passage.source());
            }
            issues.add(new IngestIssue(passage.source(), "政府采购说明中未找到金额 / no amount found in the "
                    + "procurement statement"));
            return new Procurement(null, null, null, null, passage.source());
        }
        SourceRef source = total != null ? total.source() : passage.source();
        return new Procurement(value(total), value(goods), value(works), value(services), source);
    }

    private static BigDecimal value(NarrativeFact fact) {
        return fact == null ? null : fact.value();
    }
}
