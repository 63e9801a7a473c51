package io.gongkai.rules.crosstable;

import io.gongkai.catalog.classification.ClassificationNames;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.NameCache;
import java.util.List;
import java.util.Optional;

/**
 * The “三公” items of table 10 that basic expenditure pays (公务接待费, 公务用车运行维护费, also 因公出国（境）费用
 * and 公务用车购置) have economic rows in table 6. Table 6 is the 一般公共预算 basic part, so its row can never
 * exceed table 10's item; a 公务接待费 or 公务用车运行维护费 in table 10 with no row in table 6 means the row is
 * missing or the item is wholly paid from projects, which the document should bear out.
 */
@RuleDoc(id = "XTAB-017", title = "表10“三公”经费项目与表6经济科目对应",
        category = Category.CROSS_TABLE, severity = Severity.WARNING,
        rationale = "公务接待费、公务用车运行维护费通常由基本支出安排，应在基本支出分经济科目表中有对应科目；"
                + "表10列有而表6没有，多为经济科目漏列，“三公”经费的来源去向因此无法核对；表6大于表10则两表必有一处错误。",
        basis = "DOMAIN.md 恒等式8；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class ThreePublicItemsInEconomicTableRule extends BudgetRule {

    /** A 三公 item: its key in table 10, its economic code and words in table 6, and whether basic pays it. */
    private record Item(String key, String code, String words, String name, boolean usuallyBasic) {

        boolean matches(TableRow row) {
            if (code.equals(row.code())) {
                return true;
            }
            return contains(row.name()) || contains(row.altName());
        }

        private boolean contains(String text) {
            return text != null && NORMALISED.apply(text).contains(words);
        }
    }

    /** Table 6's row names, normalised once per distinct name (every item tests every row). */
    private static final NameCache NORMALISED = new NameCache(ClassificationNames::normalise);

    private static final List<Item> ITEMS = List.of(
            new Item(RowKeys.RECEPTION, "30217", "公务接待费", "公务接待费", true),
            new Item(RowKeys.VEHICLE_OPERATION, "30231", "公务用车运行", "公务用车运行维护费", true),
            new Item(RowKeys.VEHICLE_PURCHASE, "31013", "公务用车购置", "公务用车购置费", false),
            new Item(RowKeys.ABROAD, "30212", "因公出国", "因公出国（境）费用", false));

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Optional<DisclosureTable> threePublic = t.table(TableType.THREE_PUBLIC);
        Optional<DisclosureTable> economic = t.table(TableType.GPB_BASIC_BY_ECONOMIC);
        if (threePublic.isEmpty() || economic.isEmpty()) {
            return;
        }
        String column = anyHas(threePublic.get(), Columns.GPB) ? Columns.GPB : Columns.TOTAL;
        for (Item item : ITEMS) {
            TableRow row = threePublic.get().row(item.key()).orElse(null);
            if (row != null) {
                check(sink, item, Figure.cell(10, row, column), economic.get());
            }
        }
    }

    private static void check(FindingSink sink, Item item, Figure stated, DisclosureTable economic) {
        Figure paid = null;
        for (TableRow row : economic.rows()) {
            if (row.key() == null && item.matches(row)) {
                paid = paid == null ? Figure.cell(6, row, Columns.TOTAL) : paid.plus(6, row, Columns.TOTAL);
            }
        }
        if (paid != null) {
            FindingSink.Builder exceeds = Figures.within(sink, paid, stated,
                    "表6为一般公共预算基本支出安排的部分，不应超过表10同一项目");
            if (exceeds != null && Figures.atMost(paid, stated).contradicts()) {
                exceeds.severity(Severity.ERROR);
            }
            return;
        }
        if (item.usuallyBasic() && stated.value().signum() > 0 && listsItems(economic)) {
            sink.add(stated.describe() + ' ' + stated.valueText() + "，但表6基本支出分经济科目中没有「" + item.name()
                            + "」科目：该项经费若由基本支出安排则表6漏列，若全部由项目支出安排应予说明")
                    .at(stated.location()).tables(10, 6)
                    .values(stated.value(), null)
                    .evidence(10, stated.terms().get(0).row(), stated.terms().get(0).column())
                    .evidence("表6「" + item.name() + "」", "（未列）", economic.source());
        }
    }

    private static boolean anyHas(DisclosureTable table, String column) {
        for (TableRow row : table.rows()) {
            if (row.has(column)) {
                return true;
            }
        }
        return false;
    }

    /** Whether table 6 breaks its groups into items (款); a table of groups alone cannot show a missing item. */
    private static boolean listsItems(DisclosureTable economic) {
        for (TableRow row : economic.rows()) {
            if (row.key() == null && !row.amounts().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
