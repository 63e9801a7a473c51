package io.gongkai.rules.assets;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The narrative plans to buy N vehicles (计划购置公务用车2辆) and table 10 budgets their purchase (① > 0). */
@RuleDoc(id = "ASSET-006", title = "说明中计划购置的车辆在“三公”表中安排了购置费",
        category = Category.ASSETS, severity = Severity.WARNING,
        rationale = "说明称要购置车辆而“三公”表的购置费为0，购车资金要么没有预算，要么列在了“三公”经费之外。",
        basis = "DOMAIN.md 恒等式8、13")
public final class StatedVehiclePurchaseBudgetedRule implements Rule {

    private static final Pattern PURCHASE = Pattern.compile("(购置|购买|新购|更新)[^\\d]{0,10}?车[^\\d]{0,4}?(\\d+)辆");
    private static final Pattern NEGATION = Pattern.compile("未|不|没有|无|已");

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        VehicleEvidence.purchase(report).filter(c -> c.amount().signum() == 0).ifPresent(cost ->
                VehicleEvidence.firstClause(report, StatedVehiclePurchaseBudgetedRule::plansPurchase)
                        .ifPresent(statement -> {
                            FindingSink.Builder finding = sink.add("情况说明" + statement.section() + "称「"
                                            + statement.clause() + "」，但表10公务用车购置费为0")
                                    .at(new Location(10, "①公务用车购置费", "total", null))
                                    .values("大于0", BigDecimal.ZERO.toPlainString())
                                    .evidence("情况说明中购置车辆的表述", statement.clause(), statement.source());
                            cost.addTo(finding, report);
                        }));
    }

    static boolean plansPurchase(String clause) {
        if (clause.indexOf('辆') < 0) {
            return false; // the pattern needs a count of 辆: most clauses are passed over without running it
        }
        Matcher m = PURCHASE.matcher(clause);
        return m.find() && Integer.parseInt(m.group(2)) > 0 && !NEGATION.matcher(clause.substring(0, m.start()))
                .find();
    }
}
