package io.gongkai.author.derive;

import static io.gongkai.author.derive.Rows.cells;

import io.gongkai.author.BudgetData;
import io.gongkai.author.LineItem;
import io.gongkai.author.UnitFacts;
import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.catalog.classification.EconomicMapping;
import io.gongkai.catalog.classification.UnitKind;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.SourceRef;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Table 6 (一般公共预算安排基本支出分经济科目表): this year's 一般公共预算 basic spending by 部门 economic 款, each paired
 * with its 政府 economic 款, grouped under the 部门 economic 类. 工资福利支出 and 对个人和家庭的补助 are 人员经费; the
 * rest is 公用经费.
 */
public final class EconomicTable {

    /** The 部门 economic 类 whose spending is 人员经费 (工资福利支出, 对个人和家庭的补助). */
    private static final List<String> PERSONNEL_CLASSES = List.of("301", "303");

    private final Ledger ledger;
    private final ClassificationCatalog department = ClassificationCatalog.economicDepartment();
    private final ClassificationCatalog government = ClassificationCatalog.economicGovernment();

    EconomicTable(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Whether a line item is 人员经费 (else 公用经费). */
    public static boolean personnel(LineItem item) {
        return PERSONNEL_CLASSES.contains(item.economicClass());
    }

    /** The 政府 economic 款 of an item: as given, else by the standard mapping for its unit's type. */
    public static Optional<String> governmentCode(BudgetData data, LineItem item) {
        if (item.governmentEconomicCode() != null) {
            return Optional.of(item.governmentEconomicCode());
        }
        return UnitKind.of(unitType(data, item.unit()))
                .flatMap(kind -> EconomicMapping.standard().governmentFor(item.economicCode(), kind))
                .map(Classification::code);
    }

    /** The legal type of a unit of the budget (null for the department itself). */
    public static UnitType unitType(BudgetData data, String unit) {
        if (unit == null || unit.equals(data.unit().name())) {
            return data.unit().type();
        }
        return data.unit().consolidatedUnits().stream().filter(u -> u.name().equals(unit))
                .map(UnitFacts.ConsolidatedUnit::type).findFirst().orElse(data.unit().type());
    }

    DisclosureTable derive() {
        Predicate<LineItem> scope = Ledger.CURRENT.and(Ledger.GPB).and(Ledger.BASIC);
        List<LineItem> items = ledger.items(scope);
        List<TableRow> rows = new ArrayList<>();
        rows.add(Rows.of(Side.NONE, null, "合计", null, 0, RowKeys.TOTAL, split(items)));
        Map<String, Map<String, List<LineItem>>> byGroup = new TreeMap<>();
        for (LineItem item : items) {
            String pair = item.economicCode() + "/" + governmentCode(ledger.data(), item).orElse("");
            byGroup.computeIfAbsent(item.economicClass(), k -> new TreeMap<>())
                    .computeIfAbsent(pair, k -> new ArrayList<>()).add(item);
        }
        byGroup.forEach((group, pairs) -> {
            List<LineItem> groupItems = pairs.values().stream().flatMap(List::stream).toList();
            rows.add(Rows.of(Side.NONE, null, departmentName(group), null, 1, RowKeys.ECONOMIC_GROUP,
                    split(groupItems)));
            pairs.forEach((pair, pairItems) -> {
                String[] codes = pair.split("/", -1);
                rows.add(Rows.of(Side.NONE, null, departmentName(codes[0]), governmentName(codes[1]), 2, null,
                        split(pairItems)));
            });
        });
        TableType type = TableType.GPB_BASIC_BY_ECONOMIC;
        return new DisclosureTable(type, TableTitle.of(ledger.data().year(), type), items.isEmpty(), rows,
                SourceRef.NONE);
    }

    private static Map<String, BigDecimal> split(List<LineItem> items) {
        return cells(Columns.TOTAL, Ledger.sum(items, Ledger.ALL),
                Columns.PERSONNEL, Ledger.sum(items, EconomicTable::personnel),
                Columns.PUBLIC, Ledger.sum(items, i -> !personnel(i)));
    }

    private String departmentName(String code) {
        return department.byCode(code).map(Classification::name).orElse(code);
    }

    private String governmentName(String code) {
        return code.isEmpty() ? null : government.byCode(code).map(Classification::name).orElse(code);
    }
}
