package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import java.util.Arrays;
import java.util.Optional;

/** Compares an expenditure table of one source (5, 8, 9) with table 2's column of that source, code by code. */
final class SourceByCode {

    private SourceByCode() {
    }

    static void compare(BudgetTables t, FindingSink sink, TableType type, String source, String identity) {
        Optional<CodedRows> expenditure = t.coded(type);
        if (expenditure.isEmpty() || t.income().isEmpty()) {
            return;
        }
        IncomeRows income = t.income().get();
        for (String code : CodeUnion.of(expenditure.get().byCode(), income.coded().byCode())) {
            Figures.agree(sink, Arrays.asList(expenditure.get().figure(code, Columns.TOTAL),
                    income.figure(code, source)), identity);
        }
    }
}
