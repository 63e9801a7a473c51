package io.gongkai.rules.completeness;

import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;
import java.util.function.Predicate;

/**
 * The 情况说明 covers each required topic, recognised by the words of the section titles (templates word them
 * differently). Topics with a distinctive term (三公, 机关运行经费, 政府采购, 绩效, 国有资产) also count when a
 * section's text treats them, since some templates merge sections.
 */
@RuleDoc(id = "COMP-005", title = "情况说明包含规定的各部分",
        category = Category.COMPLETENESS, severity = Severity.WARNING,
        rationale = "操作规程要求预算说明逐项解释收支总体、收入、支出、财政拨款、一般公共预算、基本支出、“三公”经费、"
                + "机关运行经费、政府采购、绩效目标和国有资产情况；缺少一部分，读者就得不到相应解释。",
        basis = "DOMAIN.md 恒等式14；《地方预决算公开操作规程》（财预〔2016〕143号）第十一条")
public final class NarrativeSectionsPresentRule implements Rule {

    private record Topic(String name, Predicate<String> title, String textWord) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("收支预算总体情况", t -> t.contains("收支") && !t.contains("财政拨款"), null),
            new Topic("收入预算情况", t -> t.contains("收入") && !t.contains("收支"), null),
            new Topic("支出预算情况", t -> t.contains("支出") && !t.contains("收支") && !t.contains("一般公共预算")
                    && !t.contains("基本") && !t.contains("财政拨款"), null),
            new Topic("财政拨款收支预算情况", t -> t.contains("财政拨款") && !t.contains("一般公共预算"), null),
            new Topic("一般公共预算支出情况", t -> t.contains("一般公共预算") && !t.contains("基本"), null),
            new Topic("一般公共预算基本支出情况", t -> t.contains("基本支出"), null),
            new Topic("“三公”经费预算情况", t -> t.contains("三公"), "三公"),
            new Topic("机关运行经费情况", t -> t.contains("机关运行"), "机关运行经费"),
            new Topic("政府采购情况", t -> t.contains("采购"), "政府采购"),
            new Topic("绩效目标情况", t -> t.contains("绩效"), "绩效目标"),
            new Topic("国有资产占有使用情况", t -> t.contains("资产"), "公务用车"));

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS || report.tables().isEmpty()) {
            return;
        }
        List<NarrativeSection> sections = report.narrative().sections();
        if (sections.isEmpty()) {
            sink.add("未公开预算情况说明（说明部分缺失）")
                    .at(Location.section("情况说明"))
                    .values("情况说明", "缺失");
            return;
        }
        String text = NarrativeSections.allText(report);
        for (Topic topic : TOPICS) {
            boolean titled = sections.stream()
                    .anyMatch(s -> topic.title().test(NarrativeSections.normalise(s.title())));
            boolean treated = topic.textWord() != null && text.contains(topic.textWord());
            if (!titled && !treated) {
                sink.add("情况说明缺少“" + topic.name() + "”部分")
                        .at(Location.section("情况说明"))
                        .values(topic.name(), "缺失");
            }
        }
    }
}
