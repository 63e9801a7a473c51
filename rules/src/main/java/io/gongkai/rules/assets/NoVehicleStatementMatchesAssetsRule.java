package io.gongkai.rules.assets;

import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** A narrative that says the unit has no vehicle (本单位无公务用车) agrees with the vehicles held (实有). */
@RuleDoc(id = "ASSET-007", title = "“无公务用车”的表述与实有车辆数一致",
        category = Category.ASSETS, severity = Severity.ERROR,
        rationale = "同一份说明一处称没有公务用车、另一处又列出实有车辆，两者必有一错，“三公”经费的解释也随之失真。",
        basis = "DOMAIN.md 恒等式11、13")
public final class NoVehicleStatementMatchesAssetsRule implements Rule {

    private static final Pattern NO_VEHICLE = Pattern.compile("(无|没有|未配备|未配置)(公务用车|公车|车辆)(?!购置|运行|的购置)");

    /** Whether a clause says there is no vehicle; every match names 车, so other clauses skip the pattern. */
    static boolean saysNoVehicle(String clause) {
        return clause.indexOf('车') >= 0 && NO_VEHICLE.matcher(clause).find();
    }

    @Override
    public void check(Report report, FindingSink sink) {
        Integer actual = report.assets().vehicles().actual();
        if (actual == null || actual <= 0) {
            return;
        }
        VehicleEvidence.firstClause(report, NoVehicleStatementMatchesAssetsRule::saysNoVehicle).ifPresent(statement -> {
            FindingSink.Builder finding = sink.add("情况说明" + statement.section() + "称「" + statement.clause()
                            + "」，而国有资产情况称实有公务用车" + actual + "辆")
                    .at(Location.section("情况说明 " + statement.section()))
                    .values(BigDecimal.ZERO, BigDecimal.valueOf(actual))
                    .evidence("情况说明中无公务用车的表述", statement.clause(), statement.source());
            VehicleEvidence.actual(finding, report);
        });
    }
}
