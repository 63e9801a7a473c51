package io.gongkai.render.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Findings as CSV and XLSX, read back line by line and cell by cell. */
class FindingsCsvXlsxWriterTest {

    @Test
    void csvHasAHeaderAndOneQuotedLinePerFinding() throws Exception {
        CheckedFile checked = SampleRules.checked(SampleRules.SEED_000);
        StringBuilder out = new StringBuilder();

        new FindingsCsvWriter().write(List.of(checked), out);

        String csv = out.toString();
        assertThat(csv).startsWith("\uFEFF文件,单位,年度,规则,严重程度,类别,位置,表,行,栏,部分,问题,应为,实为,差额,依据\r\n");
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines).hasSize(1 + checked.result().findings().size());
        // TEST-001 (ERROR) on 表3「合计」合计: expected 1553.77, actual 1554.77, +1.00; the message's comma is a Chinese one, so nothing is quoted.
        assertThat(lines[1]).isEqualTo("000_c275e096c8611f2e.txt,长治市屯留区商务发展中心,2024,TEST-001,错误,表间关系,"
                + "表3「合计」合计,3,合计,total,,表3「合计」合计为1554.77万元，比测试值多1.00万元,1553.77,1554.77,+1.00,"
                + "测试依据 <恒等式 3>");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(FindingsCsvWriter.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(FindingsCsvWriter.quoted("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(FindingsCsvWriter.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(FindingsCsvWriter.quoted("plain")).isEqualTo("plain");
        assertThat(FindingsCsvWriter.quoted(null)).isEmpty();
    }

    @Test
    void xlsxHasTheSameRowsAsTheCsv() throws Exception {
        CheckedFile checked = SampleRules.checked(SampleRules.SEED_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new FindingsXlsxWriter().write(List.of(checked), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("审核问题");
            assertThat(sheet.getLastRowNum()).isEqualTo(checked.result().findings().size());
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("规则");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("TEST-001");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("错误");
            assertThat(sheet.getRow(1).getCell(12).getStringCellValue()).isEqualTo("1553.77");
            assertThat(sheet.getRow(1).getCell(14).getStringCellValue()).isEqualTo("+1.00");
            assertThat(sheet.getRow(1).getCell(10)).isNull();
        }
    }
}
