package io.gongkai.catalog.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.TableType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TableTitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        " 表一2024年预算收支总表|BUDGET_SUMMARY",
        "2024年预算收支总表|BUDGET_SUMMARY",
        "附表1-1 某县农业农村局2024年部门收支总体情况表|BUDGET_SUMMARY",
        "部门收入总体情况表（表二）|INCOME_SUMMARY",
        "2024年一般公共预算安排基本支出分经济科目表（不含上年结转）|GPB_BASIC_BY_ECONOMIC",
        "2024年财政拨款安排“三公”经费支出预算表|THREE_PUBLIC",
        "2024年一般公共预算\"三公\"经费支出情况表|THREE_PUBLIC",
        "表十二2024年项目支出预算表（本年预算）|PROJECTS_CURRENT",
        "表十三2024年项目支出预算表（上年结转）|PROJECTS_CARRYOVER",
        "2024年国有资本经营预算收支预算表（不含上年结转）|SOE_BUDGET"})
    void recognisesTitlesOfManyTemplates(String line, TableType type) {
        assertThat(TableTitles.budget().recognise(line)).contains(type);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"预算公开表1", "（项目绩效目标表公开情况见附件）",
        "2024年度长治市屯留区商务发展中心预算收入总计1,554.77万元，其中：本年收入847.18万元",
        "项目名称 合计", "部门名称：忻州市商务局"})
    void ignoresLinesThatAreNotTitles(String line) {
        assertThat(TableTitles.budget().recognise(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        " 表一2024年预算收支总表|2024年预算收支总表",
        "2024年预算收入总表|2024年预算收入总表"})
    void printedTitleDropsTheLabel(String line, String title) {
        assertThat(TableTitles.printedTitle(line)).isEqualTo(title);
    }
}
