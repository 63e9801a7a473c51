package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/**
 * 七 “三公”经费, within itself: the stated total = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费, and
 * 购置及运行费 = 购置费 + 运行维护费, when at least two of the three items are stated (an unstated item is taken as
 * zero, as the templates leave out items without money).
 */
@RuleDoc(id = "NARR-018", title = "“三公”经费说明所述合计等于所列各项之和",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "“三公”经费由因公出国（境）费、公务接待费和公务用车购置及运行费构成，说明自身的合计与分项不符，必有一个数字错误。",
        basis = "DOMAIN.md 恒等式8、11")
public final class ThreePublicTotalEqualsItemsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        ThreePublicItems amounts = ThreePublicItems.of(report, FactKind.AMOUNT);
        NarrativeFact total = amounts.get(Role.TOTAL);
        if (total != null && amounts.itemsStated() >= 2) {
            Checks.totalOfParts(sink, total, amounts.items());
        }
        NarrativeFact vehicles = amounts.get(Role.VEHICLES);
        NarrativeFact purchase = amounts.get(Role.VEHICLE_PURCHASE);
        NarrativeFact operation = amounts.get(Role.VEHICLE_OPERATION);
        if (vehicles != null && purchase != null && operation != null) {
            Checks.totalOfParts(sink, vehicles, List.of(purchase, operation));
        }
    }
}
