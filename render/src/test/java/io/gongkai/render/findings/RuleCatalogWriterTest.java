package io.gongkai.render.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.docs.RuleCatalogueMarkdown;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule catalogue: every rule's documentation, grouped by category in catalogue order. */
class RuleCatalogWriterTest {

    @Test
    void markdownIsTheCatalogueOfTheDocsPageUnderAHeading() throws Exception {
        StringBuilder out = new StringBuilder();

        new RuleCatalogWriter(SampleRules.ALL).writeMarkdown(out);

        String md = out.toString();
        assertThat(md).isEqualTo("# 规则目录 Rule catalogue\n\n" + RuleCatalogueMarkdown.catalogue(SampleRules.ALL));
        int crossTable = md.indexOf("\n### 表间关系 CROSS_TABLE\n");
        int narrative = md.indexOf("\n### 说明与表格 NARRATIVE\n");
        int completeness = md.indexOf("\n### 完整性 COMPLETENESS\n");
        assertThat(crossTable).as("categories in the order of Category").isPositive().isLessThan(narrative);
        assertThat(narrative).isLessThan(completeness);
        assertThat(md.substring(crossTable, narrative))
                .contains("| TEST-001 | 表3合计等于测试值 | 错误 ERROR | 测试用规则：总是报告表3合计多出1.00万元。 | 测试依据 <恒等式 3> |");
        assertThat(md.substring(completeness)).contains("| TEST-002 | 应公开机关运行经费表 | 警告 WARNING |");
    }

    @Test
    void textIsOneLinePerRuleWithRationaleAndBasis() throws Exception {
        StringBuilder out = new StringBuilder();

        new RuleCatalogWriter(SampleRules.ALL).writeText(out);

        assertThat(out.toString()).startsWith("规则目录：共 3 条规则\n")
                .contains("表间关系 CROSS_TABLE（1）\n  TEST-001  错误  表3合计等于测试值\n"
                        + "      理由：测试用规则：总是报告表3合计多出1.00万元。\n      依据：测试依据 <恒等式 3>\n")
                .contains("  TEST-003  提示  情况说明首个数字\n");
    }

    @Test
    void anEmptyCatalogueSaysSo() throws Exception {
        StringBuilder md = new StringBuilder();
        StringBuilder text = new StringBuilder();

        new RuleCatalogWriter(List.of()).writeMarkdown(md);
        new RuleCatalogWriter(List.of()).writeText(text);

        assertThat(md.toString()).contains("0 条规则 rules");
        assertThat(text.toString()).isEqualTo("规则目录：共 0 条规则\n尚无规则。\n");
    }

    @Test
    void markdownKeepsTheRulesWordsLiteral() {
        assertThat(RuleCatalogWriter.markdown("a*b_c`d|e<f>\n g")).isEqualTo("a\\*b\\_c\\`d\\|e&lt;f&gt; g");
    }
}
