package io.gongkai.render.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.SourceRef;
import io.gongkai.rules.Category;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Evidence;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Location;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML report: standalone, in Chinese, escaped, with counts and the findings grouped by severity. */
class FindingsHtmlWriterTest {

    @Test
    void isAStandaloneChinesePageWithoutExternalResources() throws Exception {
        String html = write(SampleRules.checked(SampleRules.SEED_000));

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").endsWith("</html>\n")
                .contains("<meta charset=\"utf-8\">").contains("<style>")
                .contains("<title>审核结果：长治市屯留区商务发展中心 2024年部门预算</title>");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void showsTheUnitYearAndCountsAndGroupsBySeverity() throws Exception {
        String html = write(SampleRules.checked(SampleRules.FIXTURE_A));

        assertThat(html).contains("<h2>南岭县农业农村局 2024年部门预算</h2>")
                .contains("单位：南岭县农业农村局　年度：2024　类型：部门预算　主管部门代码：312")
                .contains("<li class=\"ERROR\">错误 <b>1</b></li><li class=\"WARNING\">警告 <b>1</b></li>"
                        + "<li class=\"INFO\">提示 <b>1</b></li>");
        int errors = html.indexOf("<h3 class=\"ERROR\">错误（1）</h3>");
        int warnings = html.indexOf("<h3 class=\"WARNING\">警告（1）</h3>");
        int remarks = html.indexOf("<h3 class=\"INFO\">提示（1）</h3>");
        assertThat(errors).isPositive().isLessThan(warnings);
        assertThat(warnings).isLessThan(remarks);
        assertThat(html.substring(errors, warnings)).contains("<code>TEST-001</code><br>表3合计等于测试值")
                .contains("<td class=\"num\">1103.54</td><td class=\"num\">1104.54</td><td class=\"num\">+1.00</td>")
                .contains("涉及表 3、1").contains("fixture-a-9tables.txt:270");
    }

    @Test
    void escapesEverythingItWasGiven() throws Exception {
        Finding hostile = new Finding("X<1>", Severity.ERROR, Category.NARRATIVE,
                "说明写的是<script>alert(\"x\")</script> & 'y'", List.of(), Location.section("五<二>"),
                "<1>", "a&b", BigDecimal.ONE, "依据<b>", List.of(new Evidence("<what>", "\"v\"",
                        new SourceRef("<f>.txt", 0, 3, "<raw>&"))));
        CheckResult result = new CheckResult(SampleRules.read(SampleRules.SEED_000), List.of(hostile));

        String html = write(new CheckedFile("a<b>&c.txt", result));

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>&c").doesNotContain("<raw>")
                .doesNotContain("<what>").doesNotContain("五<二>");
        assertThat(html).contains("说明写的是&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
                .contains("<code>a&lt;b&gt;&amp;c.txt</code>").contains("&lt;1&gt;").contains("a&amp;b")
                .contains("依据：依据&lt;b&gt;").contains("&lt;what&gt; = <b>&quot;v&quot;</b>（&lt;f&gt;.txt:3）")
                .contains("<code>&lt;raw&gt;&amp;</code>").contains("<code>X&lt;1&gt;</code>");
    }

    @Test
    void sumsTheCountsOfSeveralFiles() throws Exception {
        StringBuilder out = new StringBuilder();

        new FindingsHtmlWriter(SampleRules.ALL).write(List.of(SampleRules.checked(SampleRules.SEED_000),
                SampleRules.checked(SampleRules.FIXTURE_A)), out);

        String html = out.toString();
        assertThat(html).contains("<title>审核结果：2 个文件</title>").contains("共 2 个文件")
                .contains("<li class=\"ERROR\">错误 <b>2</b></li><li class=\"WARNING\">警告 <b>1</b></li>"
                        + "<li class=\"INFO\">提示 <b>2</b></li>");
        assertThat(html.split("<section class=\"file\">", -1)).hasSize(3);
    }

    private static String write(CheckedFile file) throws Exception {
        StringBuilder out = new StringBuilder();
        new FindingsHtmlWriter(SampleRules.ALL).write(List.of(file), out);
        return out.toString();
    }
}
