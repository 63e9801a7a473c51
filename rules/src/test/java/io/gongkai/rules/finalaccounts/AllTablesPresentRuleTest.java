package io.gongkai.rules.finalaccounts;

import static io.gongkai.rules.finalaccounts.FaEdits.run;
import static io.gongkai.rules.finalaccounts.FaEdits.seed003;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.FinalAccountsStatements.ChangeStatement;
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.FinalAccountsStatements.ProcurementStatement;
import io.gongkai.model.FinalAccountsStatements.SelfEvaluationSummary;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllTablesPresentRuleTest {

    private final AllTablesPresentRule rule = new AllTablesPresentRule();

    @Test
    void firesWhenATableIsMissing() {
        Report report = ReportEdits.withoutTable(seed003(), TableType.FA_SOE);
        assertThat(run(rule, report)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("公开08表国有资本经营预算财政拨款支出决算表"));
    }

    @Test
    void staysSilentOnSeed003WithItsEmptyTablesPublished() {
        assertThat(run(rule, seed003())).isEmpty();
    }
}
