package io.gongkai.rules.completeness;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Tables;
import io.gongkai.rules.tolerance.Tolerance;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each 类 (3-digit function class) with money in table 5 is described in the 一般公共预算支出 section (五(二),
 * 支出结构): by name, or by its amount under another wording. A class described only under a wrong name
 * (一般公共预算服务支出 for 一般公共服务支出) gets a remark.
 */
@RuleDoc(id = "COMP-015", title = "一般公共预算支出结构说明覆盖表5的每个类",
        category = Category.COMPLETENESS, severity = Severity.WARNING,
        rationale = "支出结构说明应逐类列出一般公共预算支出的去向；漏掉有金额的类，读者会误以为说明已经完整。",
        basis = "DOMAIN.md 恒等式11、14；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FunctionClassesDescribedRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        Optional<DisclosureTable> table = Tables.of(report, TableType.GPB_EXPENDITURE);
        Optional<NarrativeSection> section = NarrativeSections.gpbExpenditure(report);
        if (table.isEmpty() || section.isEmpty()) {
            return;
        }
        String text = NarrativeSections.normalisedText(report, section.get());
        String where = "情况说明 " + section.get().number() + "、" + section.get().title();
        for (TableRow row : table.get().rows()) {
            if (row.code() == null || row.code().length() != 3 || row.amount("total").signum() == 0) {
                continue;
            }
            String core = core(row.name());
            if (core.isEmpty() || text.contains(core)) {
                continue;
            }
            Optional<NarrativeFact> byAmount = NarrativeSections.factsIn(report, section.get().number()).stream()
                    .filter(f -> f.kind() == FactKind.AMOUNT && "万元".equals(f.unit()))
                    .filter(f -> !Tolerance.equal(f.value(), row.amount("total")).contradicts())
                    .filter(f -> !NarrativeSections.normalise(f.subject()).contains("一般公共预算当年支出")
                            && !NarrativeSections.normalise(f.subject()).contains("合计"))
                    .findFirst();
            if (byAmount.isPresent()) {
                NarrativeFact f = byAmount.get();
                sink.add(where + "以「" + f.subject() + "」说明表5的「" + RowNames.of(row) + "」"
                                + row.amount("total").toPlainString() + "万元，名称与支出功能分类不符")
                        .severity(Severity.INFO)
                        .at(Location.section(where)).tables(5)
                        .values(row.name(), f.subject())
                        .evidence(5, row, "total")
                        .evidence("说明中的" + f.subject(), f.value().toPlainString(), f.source());
            } else {
                sink.add(where + "未说明表5中有金额的「" + RowNames.of(row) + "」" + row.amount("total").toPlainString()
                                + "万元")
                        .at(Location.section(where)).tables(5)
                        .values(row.name(), "未说明")
                        .evidence(5, row, "total");
            }
        }
    }

    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");

    /** The class name without its ordinal and without the trailing 支出 (社会保障和就业支出 → 社会保障和就业). */
    static String core(String name) {
        String n = ORDINAL.matcher(NarrativeSections.normalise(name)).replaceFirst("");
        return n.endsWith("支出") && n.length() > 2 ? n.substring(0, n.length() - 2) : n;
    }
}
