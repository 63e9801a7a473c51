package io.gongkai.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headers as merged cells, two-sided pairing, and columns added for figures the template's header lacks. */
class TableGridsTest {

    @Test
    void incomeSummaryHeaderHasTwoRowsWithMergedGroups() {
        TableGrid grid = TableGrids.of(new DisclosureTable(TableType.INCOME_SUMMARY, "2024年预算收入总表", false,
                List.of(row(Side.NONE, "2160699", "其他涉外发展服务支出", Map.of(Columns.TOTAL, "5.00"))), null), 2024);
        assertThat(grid.headerDepth()).isEqualTo(2);
        assertThat(grid.headerRow(0)).containsExactly(new HeaderCell("项目", 0, 0, 1, 2),
                new HeaderCell("本年收入", 0, 2, 1, 6), new HeaderCell("上年结转", 0, 8, 2, 1));
        assertThat(grid.headerRow(1)).extracting(HeaderCell::label).containsExactly("科目编码", "科目名称", "合计",
                "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金");
        assertThat(grid.rows().get(0).cells()).extracting(GridCell::printed)
                .containsExactly("2160699", "其他涉外发展服务支出", "5.00", "", "", "", "", "", "");
        assertThat(grid.rows().get(0).cells().get(1).indent()).isEqualTo(2);
    }

    @Test
    void twoSidedRowsPairItemsThenClosingThenGrandTotals() {
        DisclosureTable table = new DisclosureTable(TableType.BUDGET_SUMMARY, "", false, List.of(
                keyed(Side.INCOME, "一、一般公共预算", RowKeys.GPB, Map.of(Columns.AMOUNT, "100.00")),
                keyed(Side.INCOME, "本年收入合计", RowKeys.CURRENT_INCOME_TOTAL, Map.of(Columns.AMOUNT, "100.00")),
                keyed(Side.INCOME, "上年结转", RowKeys.CARRYOVER, Map.of(Columns.AMOUNT, "5.00")),
                keyed(Side.INCOME, "收入总计", RowKeys.INCOME_GRAND_TOTAL, Map.of(Columns.AMOUNT, "105.00")),
                row(Side.EXPENDITURE, null, "一、一般公共服务支出", Map.of(Columns.TOTAL, "60.00")),
                row(Side.EXPENDITURE, null, "二、外交支出", Map.of()),
                row(Side.EXPENDITURE, null, "三、国防支出", Map.of(Columns.TOTAL, "45.00")),
                keyed(Side.EXPENDITURE, "本年支出合计", RowKeys.CURRENT_EXPENDITURE_TOTAL,
                        Map.of(Columns.TOTAL, "105.00")),
                keyed(Side.EXPENDITURE, "支出总计", RowKeys.EXPENDITURE_GRAND_TOTAL, Map.of(Columns.TOTAL, "105.00"))),
                null);
        TableGrid grid = TableGrids.of(table, 2024);
        assertThat(grid.title()).isEqualTo("2024年预算收支总表");
        assertThat(grid.rows()).extracting(r -> r.cells().get(0).printed() + "|" + r.cells().get(2).printed())
                .containsExactly("一、一般公共预算|一、一般公共服务支出", "|二、外交支出", "|三、国防支出",
                        "本年收入合计|本年支出合计", "上年结转|", "收入总计|支出总计");
        assertThat(grid.rows().get(3).emphasis()).isTrue();
    }

    @Test
    void aColumnTheHeaderLacksIsAddedNotDropped() {
        TableGrid grid = TableGrids.of(new DisclosureTable(TableType.GPB_EXPENDITURE, "t", false,
                List.of(row(Side.NONE, "201", "一般公共服务支出",
                        Map.of(Columns.TOTAL, "3.00", Columns.CARRYOVER, "1.00"))), null), 2024);
        assertThat(grid.headerCells()).extracting(HeaderCell::label).contains("上年结转");
        assertThat(grid.rows().get(0).cells()).extracting(GridCell::printed)
                .containsExactly("201", "一般公共服务支出", "3.00", "", "", "1.00");
    }

    @Test
    void emptyTableCarriesTheNote() {
        TableGrid grid = TableGrids.of(new DisclosureTable(TableType.FUND_INCOME, "t", true,
                List.of(keyed(Side.NONE, "合计", RowKeys.TOTAL, Map.of())), null), 2024);
        CellGrid cells = grid.cells();
        CellGrid.Cell last = cells.cells().get(cells.cells().size() - 1);
        assertThat(last.kind()).isEqualTo(CellGrid.Kind.NOTE);
        assertThat(last.text()).isEqualTo("注：本表无数据");
        assertThat(last.columnSpan()).isEqualTo(grid.columns().size());
    }

    @Test
    void finalAccountsSummaryPrintsTheLineNumberAfterEachLabelOnBothSides() {
        DisclosureTable table = new DisclosureTable(TableType.FA_SUMMARY, "", false, List.of(
                numbered(Side.INCOME, "一、一般公共预算财政拨款收入", 1, "1441.24"),
                numbered(Side.EXPENDITURE, "一、一般公共服务支出", 32, "434.88")), null);
        TableGrid grid = TableGrids.of(table, 2023);
        assertThat(grid.label()).isEqualTo("公开01表");
        assertThat(grid.headerRow(1)).extracting(HeaderCell::label)
                .containsExactly("项目", "行次", "金额", "项目", "行次", "金额");
        assertThat(grid.rows().get(0).cells()).extracting(GridCell::printed)
                .containsExactly("一、一般公共预算财政拨款收入", "1", "1441.24", "一、一般公共服务支出", "32", "434.88");
        CellGrid cells = grid.cells();
        assertThat(cells.headerRows()).isEqualTo(3);
        assertThat(cells.row(2)).extracting(c -> c.text() + "/" + c.columnSpan())
                .containsExactly("栏次/2", "1/1", "栏次/2", "2/1");
    }

    @Test
    void relatedInfoTablePrintsItsThreePartsAsHeadingsAndBlankValuesAsBlank() {
        DisclosureTable table = new DisclosureTable(TableType.FA_RELATED_INFO, "", false, List.of(
                related("合计", RowKeys.PROCUREMENT_TOTAL, 1, "10.13"),
                related("工程", RowKeys.PROCUREMENT_WORKS, 3, null),
                related("（一）行政单位", RowKeys.OPERATING_ADMINISTRATIVE, 5, "17.98"),
                related("（一）车辆数合计（辆）", RowKeys.VEHICLES_HELD, 7, "2")), null);
        TableGrid grid = TableGrids.of(table, 2023);
        assertThat(grid.headerRow(0)).extracting(HeaderCell::label).containsExactly("项目", "行次", "统计数");
        assertThat(grid.rows()).extracting(r -> r.isHeading() ? r.heading()
                : r.cells().get(0).printed() + "|" + r.cells().get(1).printed() + "|" + r.cells().get(2).printed())
                .containsExactly("一、政府采购情况", "合计|1|10.13", "工程|3|", "二、机关运行经费", "（一）行政单位|5|17.98",
                        "三、国有资产占用情况", "（一）车辆数合计（辆）|7|2");
        CellGrid.Cell heading = grid.cells().row(1).get(0);
        assertThat(heading.text()).isEqualTo("一、政府采购情况");
        assertThat(heading.columnSpan()).isEqualTo(3);
    }

    private static TableRow numbered(Side side, String name, int lineNumber, String amount) {
        return new TableRow(side, null, name, null, 1, null, big(Map.of(Columns.AMOUNT, amount)), null, lineNumber);
    }

    private static TableRow related(String name, String key, int lineNumber, String amount) {
        return new TableRow(Side.NONE, null, name, null, 1, key,
                amount == null ? Map.of() : big(Map.of(Columns.AMOUNT, amount)), null, lineNumber);
    }

    private static TableRow row(Side side, String code, String name, Map<String, String> amounts) {
        return new TableRow(side, code, name, null, code == null ? 1 : code.length() / 2, null, big(amounts), null);
    }

    private static TableRow keyed(Side side, String name, String key, Map<String, String> amounts) {
        return new TableRow(side, null, name, null, 0, key, big(amounts), null);
    }

    private static Map<String, BigDecimal> big(Map<String, String> amounts) {
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        amounts.forEach((k, v) -> out.put(k, new BigDecimal(v)));
        return out;
    }
}
