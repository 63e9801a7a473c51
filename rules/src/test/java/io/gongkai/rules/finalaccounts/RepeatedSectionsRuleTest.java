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

class RepeatedSectionsRuleTest {

    private final RepeatedSectionsRule rule = new RepeatedSectionsRule();

    @Test
    void firesOnSeed003WhoseSectionsTwoAndThreeArePrintedTwice() {
        assertThat(run(rule, seed003())).singleElement().satisfies(f ->
                assertThat(f.message()).isEqualTo("情况说明第二、三部分重复出现"));
    }

    @Test
    void staysSilentWhenEverySectionIsPrintedOnce() {
        assertThat(run(rule, FaEdits.statements(seed003(), s -> FaEdits.repeated(s, List.of())))).isEmpty();
    }
}
