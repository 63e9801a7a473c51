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

class ClassesDescribedRuleTest {

    private final ClassesDescribedRule rule = new ClassesDescribedRule();

    @Test
    void firesOnSeed003ForTheTwoOmittedClasses() {
        // DOMAIN.md: the per-类 section omits 农林水支出 (787.70) and 资源勘探工业信息等支出 (144.00).
        assertThat(run(rule, seed003())).extracting(f -> f.message()).containsExactly(
                "表5「农林水支出」支出787.70万元，但说明的一般公共预算财政拨款支出具体情况未说明这一类",
                "表5「资源勘探工业信息等支出」支出144.00万元，但说明的一般公共预算财政拨款支出具体情况未说明这一类");
    }

    @Test
    void staysSilentWhenEveryClassIsDescribed() {
        assertThat(run(rule, FaEdits.allClassesDescribed())).isEmpty();
    }
}
