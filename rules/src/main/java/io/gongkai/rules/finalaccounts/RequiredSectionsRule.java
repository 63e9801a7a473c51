package io.gongkai.rules.finalaccounts;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
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
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.NarrativeSection;

/**
 * The 情况说明 of final accounts covers every topic of the template: 收入支出决算总体情况, 收入, 支出, 财政拨款收入支出
 * 决算总体情况, 一般公共预算财政拨款支出, 基本支出, “三公”经费, 机关运行经费, 政府采购, 国有资产占用, 预算绩效.
 */
@RuleDoc(id = "FA-019", title = "决算情况说明各部分齐全", category = Category.FINAL_ACCOUNTS,
        severity = Severity.WARNING, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "决算说明须逐项说明收支、财政拨款、一般公共预算、基本支出、“三公”经费、机关运行经费、政府采购、国有资产和绩效情况；缺项即公开不完整。",
        basis = "财政部部门决算公开说明模板；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class RequiredSectionsRule implements Rule {

    /** Topic → words any one of which a section or sub-section title must contain. */
    private static final List<List<String>> TOPICS = List.of(
            List.of("收入支出决算总体情况", "收支决算总体情况"), List.of("收入决算情况"), List.of("支出决算情况"),
            List.of("财政拨款收入支出决算总体情况", "财政拨款收支决算总体情况"),
            List.of("一般公共预算财政拨款支出决算"), List.of("基本支出决算"), List.of("三公"),
            List.of("机关运行经费"), List.of("政府采购"), List.of("国有资产"), List.of("绩效"));

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.narrative().sections().isEmpty()) {
            return;
        }
        List<String> titles = new ArrayList<>();
        for (NarrativeSection s : report.narrative().sections()) {
            titles.add(s.title());
            java.util.regex.Matcher m = SUB_HEADING.matcher(s.text());
            while (m.find()) {
                titles.add(m.group(1));
            }
        }
        for (List<String> topic : TOPICS) {
            boolean present = titles.stream().anyMatch(t -> topic.stream().anyMatch(t::contains));
            if (!present) {
                sink.add("情况说明缺少“" + topic.get(0) + "”部分").at(Location.DOCUMENT)
                        .values(topic.get(0), "缺少");
            }
        }
    }

    private static final java.util.regex.Pattern SUB_HEADING = java.util.regex.Pattern.compile(
            "[（(][一二三四五六七八九十]{1,2}[）)]([^。；，：]{2,30}?(情况说明|情况))");
}
