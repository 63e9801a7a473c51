package io.gongkai.rules.crosstable;

import io.gongkai.model.TableRow;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The function codes that any of several tables lists, in code order (201, 20101, 2010101, 208 …). */
final class CodeUnion {

    private CodeUnion() {
    }

    /** Codes of the tables' rows that have money in any column. */
    @SafeVarargs
    static Set<String> of(Map<String, TableRow>... tables) {
        return of(r -> !r.amounts().isEmpty(), tables);
    }

    /** Codes of the tables' rows that pass the filter. */
    @SafeVarargs
    static Set<String> of(Predicate<TableRow> filter, Map<String, TableRow>... tables) {
        return of(filter, Arrays.asList(tables));
    }

    /** Codes of the tables' rows that have money in any column. */
    static Set<String> of(List<Map<String, TableRow>> tables) {
        return of(r -> !r.amounts().isEmpty(), tables);
    }

    private static Set<String> of(Predicate<TableRow> filter, List<Map<String, TableRow>> tables) {
        Set<String> codes = new TreeSet<>(Comparator.naturalOrder());
        tables.forEach(m -> m.forEach((code, row) -> {
            if (filter.test(row)) {
                codes.add(code);
            }
        }));
        return codes;
    }
}
