package io.gongkai.author.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.gongkai.author.BudgetData;
import io.gongkai.author.BudgetDataException;
import io.gongkai.author.BudgetExamples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class BudgetWorkbookTest {

    private final BudgetWorkbook workbook = new BudgetWorkbook();

    @Test
    void theTemplateHasInstructionsSheetsHiddenCodesDropdownsAndNumberChecks() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.writeTemplate(2024, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetName(0)).isEqualTo("填写说明");
            assertThat(book.getSheet("明细")).isNotNull();
            assertThat(book.getSheet("项目")).isNotNull();
            assertThat(book.getSheet("绩效指标")).isNotNull();
            assertThat(book.isSheetHidden(book.getSheetIndex("代码表"))).isTrue();
            assertThat(book.getSheet("代码表").getRow(1).getCell(0).getStringCellValue()).matches("[0-9]{7}");
            XSSFSheet lines = book.getSheet("明细");
            assertThat(lines.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("代码表!$A$2:$A$" + (book.getSheet("代码表").getLastRowNum() > 0 ? countCodes(book) : 0));
            assertThat(lines.getDataValidations()).anySatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(8);
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
                assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
            });
        }
    }

    private static int countCodes(XSSFWorkbook book) {
        XSSFSheet codes = book.getSheet("代码表");
        int n = 0;
        while (codes.getRow(n + 1) != null && codes.getRow(n + 1).getCell(0) != null) {
            n++;
        }
        return n + 1;
    }

    @Test
    void theExampleGoesThroughTheWorkbookUnchanged() throws Exception {
        BudgetData data = BudgetExamples.countyAgriculture();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(data, out);
        BudgetData again = workbook.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(new BudgetJson().toJson(again)).isEqualTo(new BudgetJson().toJson(data));
    }

    @Test
    void reportsWrongCodesAndBadNumbersCellByCell() throws Exception {
        byte[] edited = exampleEdited(book -> {
            XSSFSheet lines = book.getSheet("明细");
            lines.getRow(11).getCell(2).setCellValue("2019988");
            lines.getRow(4).getCell(8).setCellValue("12万");
            lines.getRow(6).getCell(5).setCellValue("集资");
        });
        assertThat(problemsReading(edited)).containsExactly("明细!I5：金额 12万 不是数字 / amount 12万 is not a number",
                "明细!F7：资金来源 集资 不在下拉选项中 / fund source 集资 is not one of the choices",
                "明细!C12：功能分类科目 2019988 不存在 / functional code 2019988 does not exist");
    }

    @Test
    void reportsLastYearsBreakdownCellByCell() throws Exception {
        byte[] edited = exampleEdited(book -> {
            XSSFSheet lastYear = book.getSheet("上年支出明细");
            assertThat(lastYear.getRow(0).getCell(1).getStringCellValue()).isEqualTo("上年一般公共预算当年支出（元）");
            assertThat(lastYear.getRow(1).getCell(0).getStringCellValue()).isEqualTo("208");
            assertThat(lastYear.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2080501");
            lastYear.getRow(2).getCell(0).setCellValue("2019988");
            lastYear.getRow(1).getCell(2).setCellValue("增加2人");
        });
        assertThat(problemsReading(edited)).containsExactly(
                "上年支出明细!B3：上年功能分类科目 2019988 不存在或不是项级科目（7位） / last year's "
                        + "functional code 2019988 does not exist or is not a 项 (7 digits)",
                "上年支出明细!C2：说明文字不能包含数字（说明中的金额由系统根据预算数据生成） / reason texts must not "
                        + "contain figures: the narrative states figures from the data");
    }

    /** The example budget written to a workbook, edited, and written again. */
    private byte[] exampleEdited(Consumer<XSSFWorkbook> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(BudgetExamples.countyAgriculture(), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            edit.accept(book);
            ByteArrayOutputStream changed = new ByteArrayOutputStream();
            book.write(changed);
            return changed.toByteArray();
        }
    }

    /** The messages of the problems reading the workbook is refused with; fails when it is read. */
    private List<String> problemsReading(byte[] workbookBytes) {
        Throwable thrown = catchThrowable(() -> workbook.read(new ByteArrayInputStream(workbookBytes)));
        assertThat(thrown).isInstanceOf(BudgetDataException.class);
        return ((BudgetDataException) thrown).problems().stream().map(p -> p.message()).toList();
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        assertThatThrownBy(() -> workbook.read(new ByteArrayInputStream("not a workbook".getBytes())))
                .isInstanceOf(BudgetDataException.class).hasMessageContaining("无法读取 Excel 文件")
                .hasMessageContaining("cannot read the Excel workbook");
    }
}
