package io.gongkai.ingest.table;

import io.gongkai.ingest.layout.TableBlock;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.TableType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads any standard budget table, choosing the parser by the table's type. Stateless and thread-safe. */
public final class TableReader {

    private final Map<TableType, TableParser> parsers = new EnumMap<>(TableType.class);

    public TableReader() {
        RowIdentity basicPlusProject = RowIdentity.sum(Columns.TOTAL, Columns.BASIC, Columns.PROJECT);
        RowIdentity sumOfFunds = RowIdentity.sum(Columns.TOTAL, Columns.GPB, Columns.FUND, Columns.SOE);
        parsers.put(TableType.BUDGET_SUMMARY, new SummaryTableParser(TableType.BUDGET_SUMMARY));
        parsers.put(TableType.FISCAL_SUMMARY, new SummaryTableParser(TableType.FISCAL_SUMMARY));
        parsers.put(TableType.INCOME_SUMMARY, new ClassifiedTableParser(TableType.INCOME_SUMMARY,
                RowIdentity.sum(Columns.TOTAL, Columns.GPB, Columns.FUND, Columns.SOE, Columns.SPECIAL,
                        Columns.UNIT)));
        parsers.put(TableType.EXPENDITURE_SUMMARY, new ClassifiedTableParser(TableType.EXPENDITURE_SUMMARY,
                basicPlusProject));
        parsers.put(TableType.GPB_EXPENDITURE, new ClassifiedTableParser(TableType.GPB_EXPENDITURE,
                basicPlusProject));
        parsers.put(TableType.FUND_INCOME, new ClassifiedTableParser(TableType.FUND_INCOME, RowIdentity.NONE));
        parsers.put(TableType.FUND_EXPENDITURE, new ClassifiedTableParser(TableType.FUND_EXPENDITURE,
                basicPlusProject));
        parsers.put(TableType.GPB_BASIC_BY_ECONOMIC, new EconomicTableParser());
        parsers.put(TableType.SOE_BUDGET, new SoeBudgetTableParser());
        parsers.put(TableType.THREE_PUBLIC, new LabelledTableParser(TableType.THREE_PUBLIC, sumOfFunds));
        parsers.put(TableType.OPERATING_COSTS, new LabelledTableParser(TableType.OPERATING_COSTS, sumOfFunds));
        parsers.put(TableType.PROJECTS_CURRENT, new LabelledTableParser(TableType.PROJECTS_CURRENT,
                RowIdentity.sum(Columns.TOTAL, Columns.GPB, Columns.FUND, Columns.SOE, Columns.SPECIAL,
                        Columns.UNIT)));
        parsers.put(TableType.PROJECTS_CARRYOVER, new LabelledTableParser(TableType.PROJECTS_CARRYOVER,
                sumOfFunds));
        RowIdentity faBasicPlusProject = RowIdentity.sum(Columns.TOTAL, Columns.BASIC, Columns.PROJECT);
        parsers.put(TableType.FA_SUMMARY, new SummaryTableParser(TableType.FA_SUMMARY));
        parsers.put(TableType.FA_FISCAL_SUMMARY, new SummaryTableParser(TableType.FA_FISCAL_SUMMARY));
        parsers.put(TableType.FA_INCOME, new ClassifiedTableParser(TableType.FA_INCOME,
                RowIdentity.sum(Columns.TOTAL, Columns.FISCAL, Columns.SUPERIOR, Columns.BUSINESS,
                        Columns.OPERATING, Columns.AFFILIATED, Columns.OTHER)));
        parsers.put(TableType.FA_EXPENDITURE, new ClassifiedTableParser(TableType.FA_EXPENDITURE,
                RowIdentity.sum(Columns.TOTAL, Columns.BASIC, Columns.PROJECT, Columns.TO_SUPERIOR,
                        Columns.OPERATING, Columns.TO_AFFILIATED)));
        parsers.put(TableType.FA_GPB_EXPENDITURE, new ClassifiedTableParser(TableType.FA_GPB_EXPENDITURE,
                faBasicPlusProject));
        parsers.put(TableType.FA_SOE, new ClassifiedTableParser(TableType.FA_SOE, faBasicPlusProject));
        parsers.put(TableType.FA_FUND, new ClassifiedTableParser(TableType.FA_FUND, faBasicPlusProject));
        parsers.put(TableType.FA_GPB_BASIC_DETAIL, new EconomicDetailTableParser());
        parsers.put(TableType.FA_THREE_PUBLIC, new ThreePublicFinalTableParser());
        parsers.put(TableType.FA_RELATED_INFO, new RelatedInfoTableParser());
    }

    /** Parses one table block. */
    public DisclosureTable read(TableBlock block, List<IngestIssue> issues) {
        return parsers.get(block.type()).parse(block, issues);
    }
}
