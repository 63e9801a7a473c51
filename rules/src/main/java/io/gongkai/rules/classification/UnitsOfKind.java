package io.gongkai.rules.classification;

import io.gongkai.catalog.classification.UnitKind;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import java.util.Set;

/** Whether a document shows that it covers units of a kind: subordinate units, or function codes only they use. */
final class UnitsOfKind {

    /** 项 used only for 事业单位 staff, besides every 项 ending in 50 (事业运行). */
    private static final Set<String> INSTITUTION_ITEMS = Set.of("2080502", "2101102");
    /** 项 used only for 机关 staff, besides every 项 ending in 01 (行政运行). */
    private static final Set<String> ORGAN_ITEMS = Set.of("2080501", "2101101");

    private UnitsOfKind() {
    }

    static boolean documented(Report report, UnitKind kind) {
        if (!report.overview().subordinateUnits().isEmpty()) {
            return true;
        }
        for (FunctionRows.Coded table : FunctionRows.of(report)) {
            for (TableRow row : table.rows()) {
                if (usedOnlyBy(row.code().strip(), kind)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean usedOnlyBy(String code, UnitKind kind) {
        if (code.length() != 7) {
            return false;
        }
        if (kind == UnitKind.PUBLIC_INSTITUTION) {
            return code.endsWith("50") || INSTITUTION_ITEMS.contains(code);
        }
        return code.endsWith("01") || ORGAN_ITEMS.contains(code);
    }
}
