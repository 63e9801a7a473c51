package io.gongkai.rules.completeness;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** The disclosure explains its terms (名词解释): 财政拨款收入, 基本支出, 项目支出, “三公”经费 …. */
@RuleDoc(id = "COMP-007", title = "公开了名词解释",
        category = Category.COMPLETENESS, severity = Severity.WARNING,
        rationale = "预算术语（基本支出、项目支出、“三公”经费、机关运行经费等）对公众并不直观，"
                + "名词解释是让预算看得懂的必备部分。",
        basis = "《地方预决算公开操作规程》（财预〔2016〕143号）：对专业性较强的名词进行解释")
public final class GlossaryPresentRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS || report.tables().isEmpty()) {
            return;
        }
        if (report.glossary().isEmpty()) {
            sink.add("未公开名词解释")
                    .at(Location.section("名词解释"))
                    .values("名词解释", "缺失");
        }
    }
}
