package io.gongkai.ingest.table;

import io.gongkai.ingest.layout.TableBlock;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads any standard budget table, choosing the parser by the table's type. Stateless and thread-safe. */
public final class TableReader {

    private final Map<TableType, TableParser> parsers = new EnumMap<>(TableType.class);

    public TableReader() {
        RowIdentity totalIsBasicPlusProject = RowIdentity.of(0, 1, 2);
        RowIdentity totalIsSumOfFunds = RowIdentity.of(0, 1, 2, 3);
        parsers.put(TableType.BUDGET_SUMMARY, new SummaryTableParser(TableType.BUDGET_SUMMARY));
        parsers.put(TableType.FISCAL_SUMMARY, new SummaryTableParser(TableType.FISCAL_SUMMARY));
        parsers.put(TableType.INCOME_SUMMARY, new ClassifiedTableParser(
                TableType.INCOME_SUMMARY.columns(Side.NONE), RowIdentity.of(0, 1, 2, 3, 4, 5)));
        parsers.put(TableType.EXPENDITURE_SUMMARY, new ClassifiedTableParser(
                TableType.EXPENDITURE_SUMMARY.columns(Side.NONE), totalIsBasicPlusProject));
        parsers.put(TableType.GPB_EXPENDITURE, new ClassifiedTableParser(
                TableType.GPB_EXPENDITURE.columns(Side.NONE), totalIsBasicPlusProject));
        parsers.put(TableType.FUND_INCOME, new ClassifiedTableParser(
                TableType.FUND_INCOME.columns(Side.INCOME), RowIdentity.NONE));
        parsers.put(TableType.FUND_EXPENDITURE, new ClassifiedTableParser(
                TableType.FUND_EXPENDITURE.columns(Side.NONE), totalIsBasicPlusProject));
        parsers.put(TableType.GPB_BASIC_BY_ECONOMIC, new EconomicTableParser());
        parsers.put(TableType.SOE_BUDGET, new SoeBudgetTableParser());
        parsers.put(TableType.THREE_PUBLIC, new LabelledTableParser(TableType.THREE_PUBLIC, totalIsSumOfFunds));
        parsers.put(TableType.OPERATING_COSTS, new LabelledTableParser(TableType.OPERATING_COSTS,
                totalIsSumOfFunds));
        parsers.put(TableType.PROJECTS_CURRENT, new LabelledTableParser(TableType.PROJECTS_CURRENT,
                RowIdentity.of(0, 1, 2, 3, 4, 5)));
        parsers.put(TableType.PROJECTS_CARRYOVER, new LabelledTableParser(TableType.PROJECTS_CARRYOVER,
                totalIsSumOfFunds));
    }

    /** Parses one table block. */
    public DisclosureTable read(TableBlock block, List<IngestIssue> issues) {
        return parsers.get(block.type()).parse(block, issues);
    }
}
