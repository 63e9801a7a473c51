package io.gongkai.rules.assets;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.SourceRef;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.completeness.NarrativeSections;
import io.gongkai.rules.support.Tables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where the vehicle figures of a report come from: the 国有资产 section and the 三公 table (or table 6). */
final class VehicleEvidence {

    private static final Pattern NO_PURCHASE = Pattern.compile("(未|不|没有|无)[^购买]{0,8}(购置|购买|新购|更新)");

    private VehicleEvidence() {
    }

    /**
     * A vehicle cost as published.
     *
     * @param table the table it is read from (10 or 6)
     * @param row the row, or null when the table is published empty
     * @param amount the amount (0 when blank)
     */
    record Cost(int table, TableRow row, BigDecimal amount) {

        /** Adds the cell as evidence, or the table's empty mark. */
        void addTo(FindingSink.Builder finding, Report report) {
            if (row != null) {
                finding.evidence(table, row, "total");
            } else {
                DisclosureTable t = Tables.of(report, TableType.byNumber(report.kind(), table)).orElse(null);
                finding.evidence("表" + table + "（本表无数据）", "0", t == null ? SourceRef.NONE : t.source());
            }
        }
    }

    /**
     * 公务用车运行维护费: table 10 ②, else table 10's 购置及运行 less ①, else table 6's row of that name; empty when
     * the report has neither table.
     */
    static Optional<Cost> running(Report report) {
        Optional<DisclosureTable> t10 = Tables.of(report, TableType.THREE_PUBLIC);
        if (t10.isPresent()) {
            Optional<TableRow> operation = t10.get().row(RowKeys.VEHICLE_OPERATION);
            if (operation.isPresent()) {
                return Optional.of(new Cost(10, operation.get(), operation.get().amount("total")));
            }
            Optional<TableRow> vehicles = t10.get().row(RowKeys.VEHICLES);
            if (vehicles.isPresent()) {
                BigDecimal purchase = t10.get().row(RowKeys.VEHICLE_PURCHASE).map(r -> r.amount("total"))
                        .orElse(BigDecimal.ZERO);
                return Optional.of(new Cost(10, vehicles.get(), vehicles.get().amount("total").subtract(purchase)));
            }
            if (t10.get().empty()) {
                return Optional.of(new Cost(10, null, BigDecimal.ZERO));
            }
        }
        return Tables.of(report, TableType.GPB_BASIC_BY_ECONOMIC).map(t6 -> t6.rows().stream()
                .filter(r -> named(r, "公务用车运行维护费")).findFirst()
                .map(r -> new Cost(6, r, r.amount("total"))).orElse(new Cost(6, null, BigDecimal.ZERO)));
    }

    /** ①公务用车购置费 of table 10, empty when the table lacks it (an empty table gives zero). */
    static Optional<Cost> purchase(Report report) {
        return Tables.of(report, TableType.THREE_PUBLIC).flatMap(t -> t.row(RowKeys.VEHICLE_PURCHASE)
                .map(r -> new Cost(10, r, r.amount("total")))
                .or(() -> t.empty() ? Optional.of(new Cost(10, null, BigDecimal.ZERO)) : Optional.empty()));
    }

    /** The narrative fact that states a vehicle count whose subject has the word, if any. */
    static Optional<NarrativeFact> countFact(Report report, String word) {
        return NarrativeSections.facts(report).stream()
                .filter(f -> f.kind() == FactKind.COUNT && "辆".equals(f.unit()))
                .filter(f -> NarrativeSections.normalise(f.subject()).contains(word)).findFirst();
    }

    /** Adds the 实有 count (or the assets section) as evidence. */
    static void actual(FindingSink.Builder finding, Report report) {
        Integer actual = report.assets().vehicles().actual();
        Optional<NarrativeFact> fact = countFact(report, "实有").or(() -> countFact(report, "共有"));
        finding.evidence("国有资产情况：公务用车实有数（辆）", String.valueOf(actual),
                fact.map(NarrativeFact::source).orElse(report.assets().source()));
    }

    /** Adds the 编制 count as evidence. */
    static void quota(FindingSink.Builder finding, Report report) {
        Integer quota = report.assets().vehicles().quota();
        finding.evidence("国有资产情况：公务用车编制数（辆）", String.valueOf(quota),
                countFact(report, "编制").map(NarrativeFact::source).orElse(report.assets().source()));
    }

    /**
     * A clause of the narrative, with the section it stands in.
     *
     * @param clause the clause, normalised
     * @param section the section's number and title
     * @param source where the section starts
     */
    record Statement(String clause, String section, SourceRef source) {
    }

    /** The first clause of the narrative that says no vehicle is bought this year. */
    static Optional<Statement> noPurchaseStatement(Report report) {
        return firstClause(report, c -> c.contains("车") && NO_PURCHASE.matcher(c).find());
    }

    /** The first clause of the narrative that matches. */
    static Optional<Statement> firstClause(Report report, java.util.function.Predicate<String> test) {
        for (Statement statement : CLAUSES.of(report)) {
            if (test.test(statement.clause())) {
                return Optional.of(statement);
            }
        }
        return Optional.empty();
    }

    /**
     * A text cut at every ，,。；; as {@code Pattern.compile("[，,。；;]").split(text)} cuts it (trailing empty
     * clauses dropped; a text without any such mark is one clause), by a scan instead of a regex.
     */
    static List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '，' || c == ',' || c == '。' || c == '；' || c == ';') {
                clauses.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (clauses.isEmpty()) {
            return List.of(text);
        }
        clauses.add(text.substring(start));
        int size = clauses.size();
        while (size > 0 && clauses.get(size - 1).isEmpty()) {
            size--;
        }
        return clauses.subList(0, size);
    }

    /** Every clause of the narrative in order, normalised and split once per report. */
    private static final io.gongkai.rules.support.PerReport<List<Statement>> CLAUSES =
            new io.gongkai.rules.support.PerReport<>(report -> {
                List<Statement> clauses = new ArrayList<>();
                for (NarrativeSection section : report.narrative().sections()) {
                    String label = section.number() + "、" + section.title();
                    for (String clause : clauses(NarrativeSections.normalisedText(report, section))) {
                        clauses.add(new Statement(clause, label, section.source()));
                    }
                }
                return List.copyOf(clauses);
            });

    private static boolean named(TableRow row, String name) {
        return row.name() != null && row.name().contains(name) || row.altName() != null && row.altName().contains(name);
    }
}
