package io.gongkai.render.layout;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.render.layout.GridColumn.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out a standard table the way the 部门预算公开 template prints it: headers with merged cells, 科目编码 and
 * names, two-sided tables (收支总表) with the income side left and the expenditure side right. Table types without a
 * layout of their own get a generic one from their canonical columns, and any column a row fills that the header
 * lacks is appended, so no published figure is ever dropped.
 */
public final class TableGrids {

    private static final String IDEOGRAPHIC_SPACE = "\u3000";

    /** Row keys of the lines printed in bold. */
    private static final Set<String> EMPHASIS = Set.of(RowKeys.TOTAL, RowKeys.CURRENT_INCOME_TOTAL,
            RowKeys.CURRENT_EXPENDITURE_TOTAL, RowKeys.INCOME_GRAND_TOTAL, RowKeys.EXPENDITURE_GRAND_TOTAL,
            RowKeys.ECONOMIC_GROUP, RowKeys.UNIT_SUBTOTAL);

    /** Keys of rows whose figures are counts (公开10: vehicles held by category, equipment over 1 million). */
    private static final Set<String> COUNTS = Set.of(RowKeys.VEHICLES_HELD, RowKeys.VEHICLE_CATEGORY,
            RowKeys.EQUIPMENT_OVER_1M);

    /** Keys where the closing block of a two-sided table starts (本年收入合计 / 本年支出合计). */
    private static final Set<String> CLOSING = Set.of(RowKeys.CURRENT_INCOME_TOTAL,
            RowKeys.CURRENT_EXPENDITURE_TOTAL);

    /** Keys of the last line of a two-sided table (收入总计 / 支出总计). */
    private static final Set<String> GRAND = Set.of(RowKeys.INCOME_GRAND_TOTAL, RowKeys.EXPENDITURE_GRAND_TOTAL);

    private TableGrids() {
    }

    /** Lays out a table of a report of the given year. */
    public static TableGrid of(DisclosureTable table, int year) {
        TableType type = table.type();
        List<HeaderNode> header = header(type, year + "年");
        if (type.twoSided()) {
            header = List.of(
                    HeaderNode.group(header.get(0).label(), completed(header.get(0).children(), table, Side.INCOME)),
                    HeaderNode.group(header.get(1).label(),
                            completed(header.get(1).children(), table, Side.EXPENDITURE)));
        } else {
            header = completed(header, table, Side.NONE);
        }
        List<GridColumn> columns = header.stream().flatMap(h -> h.leaves().stream()).toList();
        List<GridRow> rows = type.twoSided() ? twoSidedRows(table, columns) : oneSidedRows(table, columns);
        return new TableGrid(table, label(type), title(table, year), header, columns, rows,
                table.empty() ? TableGrid.NO_DATA : null);
    }

    /** The template's label of a table: 预算公开表1 for budgets, 公开01表 for final accounts. */
    public static String label(TableType type) {
        return type.kind() == ReportKind.BUDGET ? "预算公开表" + type.number()
                : String.format("公开%02d表", type.number());
    }

    /** The printed title: as published, or the canonical title with the year when the table has none. */
    public static String title(DisclosureTable table, int year) {
        String title = table.title();
        return title == null || title.isBlank() ? year + "年" + table.type().title() : title;
    }

    private static List<HeaderNode> header(TableType type, String year) {
        return switch (type) {
            case BUDGET_SUMMARY -> List.of(
                    HeaderNode.group("收入", List.of(name(Side.INCOME, "项目"),
                            amount(Side.INCOME, Columns.AMOUNT, year + "预算数"))),
                    HeaderNode.group("支出", List.of(name(Side.EXPENDITURE, "项目"),
                            amount(Side.EXPENDITURE, Columns.TOTAL, year + "合计"),
                            amount(Side.EXPENDITURE, Columns.CURRENT, "当年预算安排"),
                            amount(Side.EXPENDITURE, Columns.CARRYOVER, "上年结转安排"))));
            case FISCAL_SUMMARY -> List.of(
                    HeaderNode.group("收入", List.of(name(Side.INCOME, "项目"),
                            amount(Side.INCOME, Columns.AMOUNT, "金额"))),
                    HeaderNode.group("支出", List.of(name(Side.EXPENDITURE, "项目"),
                            HeaderNode.group("金额", amounts(Side.EXPENDITURE, Columns.SUBTOTAL, Columns.GPB,
                                    Columns.FUND, Columns.SOE)))));
            case INCOME_SUMMARY -> List.of(codeAndName("项目", "科目编码", "科目名称"),
                    HeaderNode.group("本年收入", amounts(Side.NONE, Columns.TOTAL, Columns.GPB, Columns.FUND,
                            Columns.SOE, Columns.SPECIAL, Columns.UNIT)),
                    amount(Side.NONE, Columns.CARRYOVER, "上年结转"));
            case EXPENDITURE_SUMMARY, GPB_EXPENDITURE, FUND_EXPENDITURE -> List.of(
                    codeAndName("项目", "科目编码", "科目名称"),
                    HeaderNode.group(year + "预算数", amounts(Side.NONE, Columns.TOTAL, Columns.BASIC,
                            Columns.PROJECT)));
            case GPB_BASIC_BY_ECONOMIC -> List.of(name(Side.NONE, "部门预算支出经济科目名称"),
                    HeaderNode.leaf("政府预算支出经济科目名称", new GridColumn(Side.NONE, Role.ALT_NAME, null)),
                    HeaderNode.group(year + "预算数", amounts(Side.NONE, Columns.TOTAL, Columns.PERSONNEL,
                            Columns.PUBLIC)));
            case FUND_INCOME -> List.of(codeAndName("项目", "收入科目编码", "科目名称"),
                    amount(Side.NONE, Columns.AMOUNT, "政府性基金收入预算"));
            case SOE_BUDGET -> List.of(
                    HeaderNode.group("国有资本经营预算收入", List.of(code(Side.INCOME, "收入科目编码"),
                            name(Side.INCOME, "科目名称"), amount(Side.INCOME, Columns.AMOUNT, "国有资本经营收入预算"))),
                    HeaderNode.group("国有资本经营预算支出", List.of(code(Side.EXPENDITURE, "科目编码"),
                            name(Side.EXPENDITURE, "科目名称"),
                            amount(Side.EXPENDITURE, Columns.TOTAL, "合计"),
                            amount(Side.EXPENDITURE, Columns.BASIC, "基本支出"),
                            amount(Side.EXPENDITURE, Columns.PROJECT, "项目支出"))));
            case THREE_PUBLIC, OPERATING_COSTS -> List.of(
                    name(Side.NONE, type == TableType.THREE_PUBLIC ? "项目" : "单位名称"),
                    HeaderNode.group(year + "预算数", amounts(Side.NONE, Columns.TOTAL, Columns.GPB, Columns.FUND,
                            Columns.SOE)));
            case PROJECTS_CURRENT -> List.of(name(Side.NONE, "项目名称"), amount(Side.NONE, Columns.TOTAL, "合计"),
                    HeaderNode.group(year + "财政拨款", amounts(Side.NONE, Columns.GPB, Columns.FUND, Columns.SOE)),
                    amount(Side.NONE, Columns.SPECIAL, "财政专户管理资金"),
                    amount(Side.NONE, Columns.UNIT, "单位资金"));
            case PROJECTS_CARRYOVER -> List.of(name(Side.NONE, "项目名称"), amount(Side.NONE, Columns.TOTAL, "合计"),
                    HeaderNode.group(year + "财政拨款", amounts(Side.NONE, Columns.GPB, Columns.FUND, Columns.SOE)));
            case FA_RELATED_INFO -> List.of(name(Side.NONE, "项目"), lineNumber(Side.NONE),
                    amount(Side.NONE, Columns.AMOUNT, "统计数"));
            // Table types without a layout of their own: completed() adds codes, names and amount columns.
            default -> type.twoSided()
                    ? List.of(HeaderNode.group("收入", List.of()), HeaderNode.group("支出", List.of()))
                    : List.of();
        };
    }

    private static HeaderNode codeAndName(String group, String code, String name) {
        return HeaderNode.group(group, List.of(code(Side.NONE, code), name(Side.NONE, name)));
    }

    private static HeaderNode code(Side side, String label) {
        return HeaderNode.leaf(label, new GridColumn(side, Role.CODE, null));
    }

    private static HeaderNode name(Side side, String label) {
        return HeaderNode.leaf(label, new GridColumn(side, Role.NAME, null));
    }

    private static HeaderNode lineNumber(Side side) {
        return HeaderNode.leaf("行次", new GridColumn(side, Role.LINE_NUMBER, null));
    }

    private static HeaderNode amount(Side side, String column, String label) {
        return HeaderNode.leaf(label, new GridColumn(side, Role.AMOUNT, column));
    }

    private static List<HeaderNode> amounts(Side side, String... columns) {
        List<HeaderNode> out = new ArrayList<>();
        for (String column : columns) {
            out.add(amount(side, column, ColumnLabels.of(column)));
        }
        return out;
    }

    /**
     * The side's header cells with leaves added for what the side's rows hold but the header lacks: a code
     * column, a name, a second name, or amount columns (a template with more columns, or a table type without a
     * layout here).
     */
    private static List<HeaderNode> completed(List<HeaderNode> nodes, DisclosureTable table, Side side) {
        List<TableRow> rows = rowsOn(table, side);
        List<GridColumn> have = nodes.stream().flatMap(n -> n.leaves().stream()).toList();
        List<HeaderNode> out = new ArrayList<>();
        if (rows.stream().anyMatch(r -> r.code() != null) && have.stream().noneMatch(c -> c.role() == Role.CODE)) {
            out.add(code(side, "科目编码"));
        }
        if (have.stream().noneMatch(c -> c.role() == Role.NAME)) {
            out.add(name(side, "项目"));
        }
        if (rows.stream().anyMatch(r -> r.lineNumber() != null)
                && have.stream().noneMatch(c -> c.role() == Role.LINE_NUMBER)) {
            out.add(lineNumber(side));
        }
        out.addAll(nodes);
        if (rows.stream().anyMatch(r -> r.altName() != null)
                && have.stream().noneMatch(c -> c.role() == Role.ALT_NAME)) {
            out.add(HeaderNode.leaf("科目名称（政府预算）", new GridColumn(side, Role.ALT_NAME, null)));
        }
        Set<String> amountColumns = new LinkedHashSet<>(table.type().columns(side));
        rows.forEach(r -> amountColumns.addAll(r.amounts().keySet()));
        for (String column : amountColumns) {
            if (have.stream().noneMatch(c -> column.equals(c.amountColumn()))) {
                out.add(amount(side, column, ColumnLabels.of(column)));
            }
        }
        return out;
    }

    private static List<TableRow> rowsOn(DisclosureTable table, Side side) {
        if (side == Side.NONE) {
            return table.rows();
        }
        return table.rows(side);
    }

    private static List<GridRow> oneSidedRows(DisclosureTable table, List<GridColumn> columns) {
        List<GridRow> out = new ArrayList<>();
        String section = null;
        for (TableRow row : table.rows()) {
            String heading = table.type() == TableType.FA_RELATED_INFO ? relatedInfoSection(row.key()) : null;
            if (heading != null && !heading.equals(section)) {
                out.add(GridRow.heading(heading));
                section = heading;
            }
            out.add(new GridRow(columns.stream().map(c -> cell(row, c)).toList(), emphasis(row)));
        }
        return out;
    }

    /**
     * Pairs the income rows with the expenditure rows line by line: the items from the top, then the closing
     * block (本年收入合计 with 本年支出合计, 上年结转 with 年终结转), and 收入总计 with 支出总计 on the last line.
     */
    private static List<GridRow> twoSidedRows(DisclosureTable table, List<GridColumn> columns) {
        List<List<TableRow>> income = blocks(table.rows(Side.INCOME));
        List<List<TableRow>> expenditure = blocks(table.rows(Side.EXPENDITURE));
        List<GridRow> out = new ArrayList<>();
        for (int block = 0; block < 3; block++) {
            List<TableRow> left = income.get(block);
            List<TableRow> right = expenditure.get(block);
            for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                TableRow l = i < left.size() ? left.get(i) : null;
                TableRow r = i < right.size() ? right.get(i) : null;
                List<GridCell> cells = new ArrayList<>();
                for (GridColumn column : columns) {
                    TableRow row = column.side() == Side.INCOME ? l : r;
                    cells.add(row == null ? blank(column) : cell(row, column));
                }
                out.add(new GridRow(cells, (l != null && emphasis(l)) || (r != null && emphasis(r))));
            }
        }
        return out;
    }

    /**
     * The heading 公开10 prints above a row's part (一、政府采购情况, 二、机关运行经费, 三、国有资产占用情况), or null for
     * a row without a known key, which stays under the heading before it.
     */
    private static String relatedInfoSection(String key) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case RowKeys.PROCUREMENT_TOTAL, RowKeys.PROCUREMENT_GOODS, RowKeys.PROCUREMENT_WORKS,
                    RowKeys.PROCUREMENT_SERVICES -> "一、政府采购情况";
            case RowKeys.OPERATING_ADMINISTRATIVE, RowKeys.OPERATING_CIVIL_SERVICE_LIKE -> "二、机关运行经费";
            case RowKeys.VEHICLES_HELD, RowKeys.VEHICLE_CATEGORY, RowKeys.EQUIPMENT_OVER_1M -> "三、国有资产占用情况";
            default -> null;
        };
    }

    /** A side's rows cut into items, closing block and grand total. */
    private static List<List<TableRow>> blocks(List<TableRow> rows) {
        List<TableRow> items = new ArrayList<>();
        List<TableRow> closing = new ArrayList<>();
        List<TableRow> grand = new ArrayList<>();
        boolean closingStarted = false;
        for (TableRow row : rows) {
            if (row.key() != null && GRAND.contains(row.key())) {
                grand.add(row);
                continue;
            }
            closingStarted |= row.key() != null && CLOSING.contains(row.key());
            (closingStarted ? closing : items).add(row);
        }
        return List.of(items, closing, grand);
    }

    private static GridCell cell(TableRow row, GridColumn column) {
        return switch (column.role()) {
            case CODE -> GridCell.text(column, row.code(), 0);
            case NAME -> unitOrProject(row) ? GridCell.text(column, IDEOGRAPHIC_SPACE.repeat(indent(row)) + row.name(), 0)
                    : GridCell.text(column, row.name(), indent(row));
            case ALT_NAME -> GridCell.text(column, row.altName(), 0);
            case LINE_NUMBER -> GridCell.text(column, row.lineNumber() == null ? "" : row.lineNumber().toString(), 0);
            case AMOUNT -> row.key() != null && COUNTS.contains(row.key()) ? GridCell.count(column, row.amounts().get(column.amountColumn()))
                    : GridCell.amount(column, row.amounts().get(column.amountColumn()));
        };
    }

    private static GridCell blank(GridColumn column) {
        return column.isAmount() ? GridCell.amount(column, null) : GridCell.text(column, "", 0);
    }

    /**
     * Whether a row is a unit or a project of tables 12 and 13, whose level the template prints as leading
     * ideographic spaces in the name (the only thing that tells a unit from a project there, so readers of every
     * format rely on it), not as cell indentation.
     */
    private static boolean unitOrProject(TableRow row) {
        return RowKeys.UNIT_SUBTOTAL.equals(row.key()) || RowKeys.PROJECT.equals(row.key());
    }

    /** The indentation of a name: 类/款/项 by code length, units and projects under their department. */
    static int indent(TableRow row) {
        if (RowKeys.UNIT_SUBTOTAL.equals(row.key())) {
            return 1;
        }
        if (RowKeys.PROJECT.equals(row.key())) {
            return 2;
        }
        if (row.code() != null) {
            return switch (row.code().length()) {
                case 3 -> 0;
                case 5 -> 1;
                default -> 2;
            };
        }
        return Math.max(0, row.level() - 1);
    }

    private static boolean emphasis(TableRow row) {
        return row.key() != null && EMPHASIS.contains(row.key());
    }
}
