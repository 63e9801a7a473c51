package io.gongkai.rules.completeness;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** 第一部分 概况 states the unit's duties (职责) and its organisation (机构设置). */
@RuleDoc(id = "COMP-006", title = "概况部分说明了部门职责和机构设置",
        category = Category.COMPLETENESS, severity = Severity.WARNING,
        rationale = "职责和机构设置说明钱为什么花、由谁花，是理解预算的前提；操作规程把它们列为部门预算公开的内容。",
        basis = "《地方预决算公开操作规程》（财预〔2016〕143号）第十一条：部门预算公开内容包括部门职责、机构设置")
public final class OverviewPresentRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS || report.tables().isEmpty()) {
            return;
        }
        if (report.overview().duties().isEmpty()) {
            sink.add("概况部分未说明部门（单位）职责")
                    .at(Location.section("概况 一、职责"))
                    .values("部门职责", "缺失");
        }
        if (report.overview().organisation().isBlank()) {
            sink.add("概况部分未说明机构设置")
                    .at(Location.section("概况 二、机构设置"))
                    .values("机构设置", "缺失");
        }
    }
}
