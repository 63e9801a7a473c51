package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/**
 * 七 “三公”经费: the stated change of the total = the sum of the items' stated changes, when the changes of at
 * least two items are stated (an item said to be 持平 states no number and counts as zero). A WARNING: a text
 * may leave an item's change unsaid.
 */
@RuleDoc(id = "NARR-019", title = "“三公”经费增减额等于各项增减额之和",
        category = Category.NARRATIVE, severity = Severity.WARNING,
        rationale = "合计比上年的增减必然等于各分项增减之和；分项增减相加与合计增减不符，说明某一增减额写错或漏写。",
        basis = "DOMAIN.md 恒等式8、11")
public final class ThreePublicChangesAddUpRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        ThreePublicItems changes = ThreePublicItems.of(report, FactKind.CHANGE);
        NarrativeFact total = changes.get(Role.TOTAL);
        if (total != null && changes.itemsStated() >= 2) {
            Checks.totalOfParts(sink, total, changes.items());
        }
    }
}
