package io.gongkai.ingest.finalaccounts;

import io.gongkai.ingest.narrative.NarrativeReading;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.model.Assets;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.GlossaryEntry;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Narrative;
import io.gongkai.model.Overview;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Procurement;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.SourceRef;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.Unit;
import io.gongkai.model.UnitType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Puts a final-accounts report together: the narrative gains its structured statements
 * ({@link FinalAccountsStatementParser}), the unit's type comes from table 10's 机关运行经费 (行政单位 or 参公) when
 * the tables say it, and 政府采购 comes from table 10 when the document has it. Final accounts have no project
 * tables, so {@code projects} is empty.
 */
public final class FinalAccountsAssembler {

    private FinalAccountsAssembler() {
    }

    /** Assembles the report from its read parts. */
    public static Report assemble(int year, Unit unit, Overview overview, List<DisclosureTable> tables,
                                  NarrativeReading narrative, List<SourceLine> narrativeLines,
                                  List<PerformanceGoal> goals,
                                  List<SelfEvaluation> evaluations, Assets assets, Procurement statedProcurement,
                                  List<GlossaryEntry> glossary, List<IngestIssue> issues, SourceRef source) {
        Optional<DisclosureTable> related = tables.stream().filter(t -> t.type() == TableType.FA_RELATED_INFO)
                .findFirst();
        Unit typed = new Unit(unit.name(), unit.code(), unitType(related, unit.type()));
        Procurement procurement = related.map(t -> procurement(t, statedProcurement)).orElse(statedProcurement);
        return new Report(ReportKind.FINAL_ACCOUNTS, year, typed, overview, tables,
                narrative.narrative().withFinalAccounts(FinalAccountsStatementParser.parse(narrative, narrativeLines)),
                List.of(), goals, evaluations, assets, procurement, glossary, issues, source);
    }

    /**
     * The statements of a final-accounts narrative re-read from its sections' text, for a narrative whose text
     * changed after reading (a mutant's). The reader's sub-section passages are not in the model, so a topic is
     * looked for in the section whose title names it, else in the whole text: the result can differ from what the
     * reader gave the document (compare them on the unchanged narrative before relying on it).
     */
    public static FinalAccountsStatements restate(Narrative narrative) {
        return FinalAccountsStatementParser.parseSections(narrative);
    }

    private static UnitType unitType(Optional<DisclosureTable> related, UnitType fallback) {
        if (related.isEmpty()) {
            return fallback;
        }
        if (positive(related.get(), RowKeys.OPERATING_ADMINISTRATIVE)) {
            return UnitType.ADMINISTRATIVE;
        }
        if (positive(related.get(), RowKeys.OPERATING_CIVIL_SERVICE_LIKE)) {
            return UnitType.CIVIL_SERVICE_MANAGED;
        }
        return fallback;
    }

    private static boolean positive(DisclosureTable table, String key) {
        return table.row(key).map(r -> r.amount(Columns.AMOUNT).signum() > 0).orElse(false);
    }

    private static Procurement procurement(DisclosureTable table, Procurement stated) {
        Optional<TableRow> total = table.row(RowKeys.PROCUREMENT_TOTAL);
        if (total.isEmpty()) {
            return stated;
        }
        return new Procurement(total.get().amount(Columns.AMOUNT), part(table, RowKeys.PROCUREMENT_GOODS),
                part(table, RowKeys.PROCUREMENT_WORKS), part(table, RowKeys.PROCUREMENT_SERVICES),
                total.get().source());
    }

    private static BigDecimal part(DisclosureTable table, String key) {
        return table.row(key).map(r -> r.amount(Columns.AMOUNT)).orElse(null);
    }
}
