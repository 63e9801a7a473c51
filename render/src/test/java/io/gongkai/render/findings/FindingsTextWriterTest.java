package io.gongkai.render.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Checker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report: grouped by severity, every finding with location, values, difference, rule and basis. */
class FindingsTextWriterTest {

    @Test
    void groupsFindingsBySeverityInOrderOfSeriousness() throws Exception {
        String text = write(FindingsTextWriter.plain(), SampleRules.checked(SampleRules.FIXTURE_A));

        assertThat(text).startsWith("fixture-a-9tables.txt\n南岭县农业农村局 2024年部门预算\n错误 1，警告 1，提示 1\n");
        int errors = text.indexOf("\n错误（1）\n");
        int warnings = text.indexOf("\n警告（1）\n");
        int remarks = text.indexOf("\n提示（1）\n");
        assertThat(errors).isPositive().isLessThan(warnings);
        assertThat(warnings).isLessThan(remarks);
        assertThat(text.substring(errors, warnings)).contains("TEST-001").doesNotContain("TEST-002");
        assertThat(text.substring(warnings, remarks)).contains("TEST-002").doesNotContain("TEST-003");
        assertThat(text.substring(remarks)).contains("TEST-003");
    }

    @Test
    void showsLocationValuesDifferenceBasisAndProvenance() throws Exception {
        String text = write(FindingsTextWriter.plain(), SampleRules.checked(SampleRules.SEED_000));

        assertThat(text).contains("  1. 表3「合计」合计  [TEST-001 表间关系]\n"
                + "     表3「合计」合计为1554.77万元，比测试值多1.00万元\n"
                + "     应为 1553.77，实为 1554.77，差额 +1.00\n"
                + "     依据：测试依据 <恒等式 3>\n"
                + "     · 表3「合计」合计 = 1554.77（000_c275e096c8611f2e.txt:214）\n");
        assertThat(text).contains("情况说明的第一个数字是预算收入总计 1554.77万元")
                .contains("预算收入总计 = 1554.77（000_c275e096c8611f2e.txt:725）");
        assertThat(text).doesNotContain("警告（").contains("错误 1，警告 0，提示 1");
    }

    @Test
    void plainTextHasNoEscapeSequencesAndColouredTextHas() throws Exception {
        CheckedFile seed = SampleRules.checked(SampleRules.SEED_000);

        assertThat(write(FindingsTextWriter.plain(), seed)).doesNotContain("\u001B[");
        String coloured = write(FindingsTextWriter.coloured(), seed);
        assertThat(coloured).contains("\u001B[31m\u001B[1m错误（1）\u001B[0m")
                .contains("\u001B[36m\u001B[1m提示（1）\u001B[0m");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", ""))
                .isEqualTo(write(FindingsTextWriter.plain(), seed));
    }

    @Test
    void saysSoWhenThereIsNothingAndTotalsSeveralFiles() throws Exception {
        CheckedFile clean = new CheckedFile("a.txt",
                new Checker(List.of(), CheckConfig.DEFAULT).check(SampleRules.read(SampleRules.FIXTURE_A)));
        StringBuilder out = new StringBuilder();

        FindingsTextWriter.plain().write(List.of(clean, SampleRules.checked(SampleRules.SEED_000)), out);

        assertThat(out.toString()).startsWith("a.txt\n南岭县农业农村局 2024年部门预算\n错误 0，警告 0，提示 0\n未发现问题。\n\n"
                + "000_c275e096c8611f2e.txt\n").endsWith("\n共 2 个文件：错误 1，警告 0，提示 1\n");
    }

    @Test
    void writesUtf8ToAByteStream() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        FindingsTextWriter.plain().writeUtf8(List.of(SampleRules.checked(SampleRules.SEED_000)), bytes);

        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("长治市屯留区商务发展中心 2024年部门预算");
    }

    private static String write(FindingsWriter writer, CheckedFile file) throws Exception {
        StringBuilder out = new StringBuilder();
        writer.write(List.of(file), out);
        return out.toString();
    }
}
