package io.gongkai.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Rule;
import io.gongkai.rules.mutation.MutationHarness;
import io.gongkai.rules.mutation.MutationSummary;
import io.gongkai.rules.mutation.Perturbation;
import io.gongkai.rules.mutation.TinyRules;
import io.gongkai.rules.testing.TestReports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleCatalogueMarkdownTest {

    private static final List<Rule> RULES = List.of(new TinyRules.ExpenditureTotalRule(),
            new TinyRules.BasicExpenditureStatedRule(), new TinyRules.AlwaysWarnsRule(),
            new TinyRules.GpbTotalRemarkRule());

    @Test
    void rendersEveryRuleUnderItsCategoryWithItsDocumentation() {
        String md = RuleCatalogueMarkdown.catalogue(RULES);

        assertThat(md).startsWith("4 条规则 rules · ERROR 2 · WARNING 1 · INFO 1 (default severities).\n");
        assertThat(md).contains("| [表内算术 ARITHMETIC](#表内算术-arithmetic) | 2 |\n");
        assertThat(md).contains("| [表间关系 CROSS_TABLE](#表间关系-cross_table) | 0 |\n");
        assertThat(md).contains("\n### 表内算术 ARITHMETIC\n\n| id | 标题 title | 级别 severity | 理由 rationale | 依据 basis |\n"
                + "|---|---|---|---|---|\n"
                + "| TEST-001 | 表3 合计 = 基本支出 + 项目支出 | 错误 ERROR | 测试用规则。 | DOMAIN.md 恒等式 4 |\n"
                + "| TEST-004 | 表5 合计 = 基本支出 + 项目支出（仅提示） | 提示 INFO | 测试用规则。 | DOMAIN.md 恒等式 3 |\n");
        assertThat(md).contains("\n### 说明与表格 NARRATIVE\n\n").contains("| TEST-002 | 说明三 基本支出 = 表3 基本支出 | 错误 ERROR |");
        assertThat(md).contains("\n### 表间关系 CROSS_TABLE\n\n（本类暂无规则 / no rules yet）\n");
        assertThat(md.indexOf("### 表内算术")).isLessThan(md.indexOf("### 表间关系"));
    }

    @Test
    void tableCellsAreEscaped() {
        assertThat(RuleCatalogueMarkdown.cell(" a|b\n  c ")).isEqualTo("a\\|b c");
    }

    @Test
    void splicesAPartBetweenItsMarkersAndKeepsTheRest() {
        String doc = RuleCatalogueMarkdown.document("old catalogue\n", "old recall\n");
        String spliced = RuleCatalogueMarkdown.splice(doc, RuleCatalogueMarkdown.CATALOGUE_BEGIN,
                RuleCatalogueMarkdown.CATALOGUE_END, "new catalogue\n");

        assertThat(RuleCatalogueMarkdown.part(spliced, RuleCatalogueMarkdown.CATALOGUE_BEGIN,
                RuleCatalogueMarkdown.CATALOGUE_END)).isEqualTo("new catalogue\n");
        assertThat(RuleCatalogueMarkdown.part(spliced, RuleCatalogueMarkdown.RECALL_BEGIN,
                RuleCatalogueMarkdown.RECALL_END)).isEqualTo("old recall\n");
        assertThat(spliced).startsWith("# 规则目录 Rule catalogue\n").contains(RuleCatalogueMarkdown.REGENERATE);
        assertThat(RuleCatalogueMarkdown.part("no markers", RuleCatalogueMarkdown.CATALOGUE_BEGIN,
                RuleCatalogueMarkdown.CATALOGUE_END)).isNull();
    }

    @Test
    void theRecallPartGivesTheTableTheGoalsAndTheCatchesPerRule() {
        Checker checker = new Checker(RULES, CheckConfig.DEFAULT);
        Map<Perturbation, MutationSummary> summaries = new LinkedHashMap<>();
        for (Perturbation p : List.of(Perturbation.TRANSPOSE_DIGITS, Perturbation.PLUS_ONE)) {
            summaries.put(p, MutationSummary.of(List.of(
                    new MutationHarness(checker, p).run("000", TestReports.seed000()))));
        }
        String md = RuleCatalogueMarkdown.recall(summaries);

        assertThat(md).contains("changed by **adjacent-digit transposition (+1 when impossible)**");
        assertThat(md).contains("| 表3 | 100.0% (48/48) | 100.0% (48/48) |\n");
        assertThat(md).contains("- 表格金额 tables: 18.8% (48/254), goal ≥ 95% — **not met**\n");
        assertThat(md).contains("- 说明数字 narrative: 1.1% (1/86), goal ≥ 85% — **not met**\n");
        assertThat(md).contains("| plus one (个位加 1) | 18.8% (48/254) | 1.1% (1/86) |\n");
        assertThat(md).contains("): TEST-001 48 · TEST-002 2.\n");
    }
}
