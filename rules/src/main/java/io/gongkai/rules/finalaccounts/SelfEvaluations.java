package io.gongkai.rules.finalaccounts;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.FinalAccountsStatements.SelfEvaluationSummary;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.RoundingMode;

/** Helpers of the self-evaluation rules. */
final class SelfEvaluations {

    private static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);
    private static final BigDecimal GOOD = BigDecimal.valueOf(80);
    private static final BigDecimal FAIR = BigDecimal.valueOf(60);

    private SelfEvaluations() {
    }

    /** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差. */
    static String grade(BigDecimal total) {
        if (total.compareTo(EXCELLENT) >= 0) {
            return "优";
        }
        if (total.compareTo(GOOD) >= 0) {
            return "良";
        }
        return total.compareTo(FAIR) >= 0 ? "中" : "差";
    }

    /** Places a finding on the self-evaluation table, with its heading as evidence. */
    static FindingSink.Builder locate(FindingSink.Builder f, SelfEvaluation e) {
        return f.at(new Location(null, e.projectName(), null, "绩效自评表"))
                .evidence("绩效自评表「" + e.projectName() + "」", e.projectName(), e.source());
    }
}
