package io.gongkai.rules.completeness;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * When table 10 has 三公 money, the 三公 section of the narrative explains each item: 因公出国（境）费, 公务接待费
 * and 公务用车购置及运行费 (its 购置 and 运行 parts). A unit with no 三公 money may say so in one sentence.
 */
@RuleDoc(id = "COMP-009", title = "情况说明逐项说明“三公”经费",
        category = Category.COMPLETENESS, severity = Severity.WARNING,
        rationale = "“三公”经费是公众最关注的支出，操作规程要求逐项说明其预算及增减原因；只给合计，"
                + "读者无法知道钱花在出国、接待还是公车上。",
        basis = "DOMAIN.md 恒等式11、14；《地方预决算公开操作规程》（财预〔2016〕143号）：“三公”经费分项说明")
public final class ThreePublicItemsExplainedRule implements Rule {

    private record Item(String name, List<String> words) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("因公出国（境）费", List.of("出国")),
            new Item("公务接待费", List.of("接待")),
            new Item("公务用车购置费", List.of("购置")),
            new Item("公务用车运行维护费", List.of("运行")));

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        Optional<DisclosureTable> table = Tables.of(report, TableType.THREE_PUBLIC);
        Optional<NarrativeSection> section = NarrativeSections.threePublic(report);
        if (table.isEmpty() || section.isEmpty()) {
            return;
        }
        Optional<TableRow> total = table.get().row(RowKeys.TOTAL);
        BigDecimal amount = total.map(r -> r.amount("total")).orElseGet(() -> table.get().rows().stream()
                .filter(r -> r.level() <= 1 && r.key() != null && !r.isKey(RowKeys.TOTAL))
                .map(r -> r.amount("total")).reduce(BigDecimal.ZERO, BigDecimal::add));
        if (amount.signum() == 0) {
            return;
        }
        String text = NarrativeSections.normalisedText(report, section.get());
        for (Item item : ITEMS) {
            if (item.words().stream().noneMatch(text::contains)) {
                FindingSink.Builder finding = sink.add("表10“三公”经费为" + amount.toPlainString() + "万元，但情况说明「"
                                + section.get().title() + "」没有说明" + item.name())
                        .at(Location.section(section.get().number() + "、" + section.get().title()))
                        .tables(10)
                        .values(item.name(), "未说明");
                total.ifPresent(r -> finding.evidence(10, r, "total"));
            }
        }
    }
}
