package io.gongkai.author.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.author.BudgetData;
import io.gongkai.author.BudgetDataException;
import io.gongkai.author.BudgetExamples;
import io.gongkai.author.FundSource;
import io.gongkai.author.derive.ReportAuthor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BudgetJsonTest {

    private final BudgetJson json = new BudgetJson();

    @Test
    void readsTheExample() {
        BudgetData data = BudgetExamples.countyAgriculture();
        assertThat(data.year()).isEqualTo(2024);
        assertThat(data.unit().name()).isEqualTo("示例县农业农村局");
        assertThat(data.unit().consolidatedUnits()).hasSize(2);
        assertThat(data.lineItems()).hasSize(63);
        assertThat(data.projects()).hasSize(8);
        assertThat(data.lineItems().get(0).amount()).isEqualByComparingTo("1285600");
        assertThat(data.lineItems()).filteredOn(i -> i.source() == FundSource.GOVERNMENT_FUND).hasSize(1);
        assertThat(data.lineItems()).filteredOn(i -> i.carryover()).hasSize(4);
    }

    @Test
    void writesWhatItReads() throws Exception {
        BudgetData data = BudgetExamples.countyAgriculture();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(data, out);
        BudgetData again = json.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(again).isEqualTo(data);
    }

    @Test
    void reportsEveryBadFieldWithItsPathInChineseAndEnglish() {
        String text = """
                {"year": 2024, "unit": {"name": "某局", "type": "行政单位"},
                 "lineItems": [
                   {"functionCode": "2010101", "economicCode": "30101", "source": "一般公共预算",
                    "nature": "基本支出", "amount": "12,3a"},
                   {"functionCode": "2010101", "economicCode": "30101", "source": "集资",
                    "nature": "基本支出", "amount": 100}]}
                """;
        assertThatThrownBy(() -> json.read(stream(text))).isInstanceOf(BudgetDataException.class)
                .satisfies(e -> assertThat(((BudgetDataException) e).problems()).extracting(p -> p.message())
                        .containsExactly("lineItems[0].amount：金额 12,3a 不是数字 / amount 12,3a is not a number",
                                "lineItems[1].source：资金来源 集资 无法识别 / unknown fund source 集资"));
    }

    @Test
    void refusesTextThatIsNotJsonWithTheLine() {
        assertThatThrownBy(() -> json.read(stream("{\n\"year\": 2024,\n oops}")))
                .isInstanceOf(BudgetDataException.class)
                .hasMessageContaining("JSON 第3行").hasMessageContaining("not valid JSON");
    }

    @Test
    void validationNamesTheWrongCodeAndTheDerivationRefusesIt() {
        BudgetData data = BudgetExamples.countyAgriculture();
        String broken = json.toJson(data).replaceFirst("\"2130101\"", "\"2019988\"");
        assertThatThrownBy(() -> new ReportAuthor().derive(json.read(stream(broken))))
                .isInstanceOf(BudgetDataException.class)
                .hasMessageContaining("lineItems[0].functionCode：功能分类科目 2019988 不存在");
        assertThat(data.lineItems().get(0).amount()).isEqualByComparingTo(new BigDecimal("1285600"));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
