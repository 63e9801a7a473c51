package io.gongkai.rules.completeness;

import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Procurement;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 政府采购 section states the procurement budget and, when there is one, its split into 货物, 工程 and 服务.
 * A section that says there is no procurement (无政府采购预算) is complete.
 */
@RuleDoc(id = "COMP-016", title = "政府采购预算说明了总额及货物、工程、服务分项",
        category = Category.COMPLETENESS, severity = Severity.WARNING,
        rationale = "操作规程要求公开政府采购预算总额并按货物、工程、服务分列；只给总额或不给数字，"
                + "公众无法了解采购的构成。",
        basis = "DOMAIN.md 恒等式11；《地方预决算公开操作规程》（财预〔2016〕143号）：政府采购情况")
public final class ProcurementSplitStatedRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        Optional<NarrativeSection> section = NarrativeSections.titled(report, "采购");
        if (section.isEmpty()) {
            return;
        }
        Procurement p = report.procurement();
        String text = NarrativeSections.normalisedText(report, section.get());
        String where = "情况说明 " + section.get().number() + "、" + section.get().title();
        if (p.total() == null) {
            if (!text.matches(".*(无|未安排|没有)[^。；]{0,6}采购.*")) {
                sink.add(where + "没有给出政府采购预算总额")
                        .at(Location.section(where))
                        .values("政府采购预算总额", "未说明");
            }
            return;
        }
        if (p.total().signum() == 0) {
            return;
        }
        List<String> missing = new ArrayList<>();
        addIfNull(missing, p.goods(), "货物");
        addIfNull(missing, p.works(), "工程");
        addIfNull(missing, p.services(), "服务");
        if (!missing.isEmpty()) {
            sink.add(where + "给出政府采购预算" + p.total().toPlainString() + "万元，但未分列" + String.join("、", missing)
                            + "类采购预算")
                    .at(Location.section(where))
                    .values("货物、工程、服务分项", "缺少" + String.join("、", missing))
                    .evidence("政府采购预算总额（万元）", p.total().toPlainString(), p.source());
        }
    }

    private static void addIfNull(List<String> missing, BigDecimal value, String name) {
        if (value == null) {
            missing.add(name);
        }
    }
}
