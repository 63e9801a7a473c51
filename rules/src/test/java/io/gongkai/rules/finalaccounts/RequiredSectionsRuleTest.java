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

class RequiredSectionsRuleTest {

    private final RequiredSectionsRule rule = new RequiredSectionsRule();

    @Test
    void firesOnSeed003WhichHasNoFiscalSummarySection() {
        // 003 prints 一、二、三 (twice), 六 … 十: no 四 财政拨款收入支出决算总体情况.
        assertThat(run(rule, seed003())).singleElement().satisfies(f ->
                assertThat(f.message()).isEqualTo("情况说明缺少“财政拨款收入支出决算总体情况”部分"));
    }

    @Test
    void staysSilentWhenTheSectionIsPresent() {
        List<io.gongkai.model.NarrativeSection> sections = new java.util.ArrayList<>(seed003().narrative().sections());
        sections.add(3, new io.gongkai.model.NarrativeSection("四", "财政拨款收入支出决算总体情况说明", "…", null));
        Report report = seed003().withNarrative(new io.gongkai.model.Narrative(sections,
                seed003().narrative().facts(), seed003().narrative().finalAccounts()));
        assertThat(run(rule, report)).isEmpty();
    }
}
