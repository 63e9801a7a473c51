package io.gongkai.author.input;

import static io.gongkai.author.input.TemplateLayout.*;

import io.gongkai.author.BudgetData;
import io.gongkai.author.ExpenditureNature;
import io.gongkai.author.FundSource;
import io.gongkai.author.GoalIndicator;
import io.gongkai.author.IncomeItem;
import io.gongkai.author.LineItem;
import io.gongkai.author.OtherFacts;
import io.gongkai.author.ProjectCategory;
import io.gongkai.author.ProjectPlan;
import io.gongkai.author.UnitFacts;
import io.gongkai.author.derive.Catalogues;
import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.catalog.classification.ClassificationLevel;
import io.gongkai.model.UnitType;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the XLSX template (gongkai template): an instructions sheet, one sheet per kind of data, dropdowns of
 * catalogue codes drawn from a hidden code sheet, and validation of numbers. Given budget data, it fills the
 * sheets with it, so a budget can be moved between JSON and the workbook.
 */
final class BudgetTemplateWriter {

    /** Rows prepared with dropdowns and validation on the list sheets (a range each: cheap). */
    private static final int PREPARED_ROWS = 5000;
    /** Rows beyond the data that get the formula showing the functional code's name (a cell each: costly). */
    private static final int NAMED_ROWS = 300;

    private XSSFWorkbook book;
    private CellStyle header;
    private CellStyle money;

    void write(int year, BudgetData data, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            book = workbook;
            header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            instructions(year);
            int[] codeRows = codes(year);
            unit(year, data);
            units(data);
            lines(data, codeRows);
            projects(data);
            indicators(data);
            income(data);
            other(data);
            lastYear(data);
            book.setSheetHidden(book.getSheetIndex(CODES), true);
            book.setActiveSheet(book.getSheetIndex(LINES));
            book.write(out);
        }
    }

    private void instructions(int year) {
        Sheet s = book.createSheet(INSTRUCTIONS);
        String[] lines = {
            "部门预算数据填报模板（" + year + "年）/ Gongkai budget data template",
            "",
            "金额一律以“元”为单位填写，最多两位小数；报表中的“万元”数由系统按四舍五入从元计算。",
            "「" + UNIT + "」填写部门名称、代码、单位性质、职责和机构设置。",
            "「" + UNITS + "」填写纳入本部门预算的其他预算单位及其单位性质。",
            "「" + LINES + "」每行一笔预算：功能分类科目填到项级（7位），部门经济分类填到款级（5位）；政府经济分类可空，"
                    + "空白时按两套经济分类对照表和单位性质自动对应。项目支出必须填写项目名称；上年结转只能来自财政拨款。",
            "「" + PROJECTS + "」每个项目一行，填写绩效目标表的内容；项目名称须与明细中的项目名称一致。"
                    + "市县（区）财政资金不必填写，由年度资金减去其他来源得出。",
            "「" + INDICATORS + "」每个绩效指标一行，年度或实施期填“年度”或“实施期”（实施期指标空白时与年度相同）。",
            "「" + INCOME + "」填写政府性基金预算收入表、国有资本经营预算收入表的收入科目（可空）。",
            "「" + OTHER + "」填写上年预算数（用于同比说明）、变动原因（不含数字）、政府采购、国有资产、“三公”经费团组人次等情况。",
            "「" + LAST_YEAR + "」按功能分类项级科目填写上年一般公共预算当年支出（各项合计应等于上年一般公共预算当年支出），"
                    + "并可按类或项填写变动原因（用于一般公共预算支出具体情况的同比说明）。",
            "下拉框的选项来自" + Catalogues.functional(year).year() + "年政府收支分类科目；读入时逐格检查科目和数字，"
                    + "错误会按单元格列出（如“明细!C12：功能分类科目 2019988 不存在”）。",
            "生成报告：gongkai author budget.xlsx -o report.json"};
        for (int i = 0; i < lines.length; i++) {
            s.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        s.setColumnWidth(0, 160 * 256);
    }

    /** The hidden code sheet; returns the last row (1-based) of each list: function, economic, government. */
    private int[] codes(int year) {
        Sheet s = book.createSheet(CODES);
        List<Classification> functional = Catalogues.functional(year).all().stream()
                .filter(c -> c.level() == ClassificationLevel.ITEM).toList();
        List<Classification> economic = ClassificationCatalog.economicDepartment().all().stream()
                .filter(c -> c.level() == ClassificationLevel.SECTION).toList();
        List<Classification> government = ClassificationCatalog.economicGovernment().all().stream()
                .filter(c -> c.level() == ClassificationLevel.SECTION).toList();
        String[][] lists = {
            java.util.Arrays.stream(FundSource.values()).map(FundSource::label).toArray(String[]::new),
            java.util.Arrays.stream(ExpenditureNature.values()).map(ExpenditureNature::label).toArray(String[]::new),
            {UnitType.ADMINISTRATIVE.label(), UnitType.CIVIL_SERVICE_MANAGED.label(),
                UnitType.PUBLIC_INSTITUTION.label()},
            java.util.Arrays.stream(ProjectCategory.values()).map(ProjectCategory::label).toArray(String[]::new),
            {"是", "否"}, {"年度", "实施期"}, {FUND_TABLE, SOE_TABLE}};
        int rows = Math.max(functional.size(), Math.max(economic.size(), government.size()));
        for (int r = 0; r <= rows; r++) {
            s.createRow(r);
        }
        String[] heads = {"功能分类科目", "名称", "部门经济分类", "名称", "政府经济分类", "名称", "资金来源", "支出性质", "单位性质",
            "项目类别", "是否", "指标期间", "收入表"};
        for (int c = 0; c < heads.length; c++) {
            s.getRow(0).createCell(c).setCellValue(heads[c]);
        }
        fill(s, 0, functional);
        fill(s, 2, economic);
        fill(s, 4, government);
        for (int l = 0; l < lists.length; l++) {
            for (int r = 0; r < lists[l].length; r++) {
                s.getRow(r + 1).createCell(6 + l).setCellValue(lists[l][r]);
            }
        }
        return new int[] {functional.size() + 1, economic.size() + 1, government.size() + 1};
    }

    private static void fill(Sheet s, int column, List<Classification> entries) {
        for (int r = 0; r < entries.size(); r++) {
            Row row = s.getRow(r + 1);
            row.createCell(column).setCellValue(entries.get(r).code());
            row.createCell(column + 1).setCellValue(entries.get(r).name());
        }
    }

    private void unit(int year, BudgetData data) {
        Sheet s = book.createSheet(UNIT);
        UnitFacts u = data == null ? null : data.unit();
        int r = 0;
        pair(s, r++, YEAR, String.valueOf(data == null ? year : data.year()));
        pair(s, r++, NAME, u == null ? "" : u.name());
        pair(s, r++, CODE, u == null || u.code() == null ? "" : u.code());
        pair(s, r, TYPE, u == null ? "" : u.type().label());
        list(s, r++, 1, 8);
        pair(s, r++, OFFICES, u == null ? "" : String.join("、", u.internalOffices()));
        pair(s, r++, SUBORDINATES, u == null ? "" : String.join("、", u.subordinateUnits()));
        for (int i = 0; i < DUTY_ROWS; i++) {
            pair(s, r++, DUTY, u == null || i >= u.duties().size() ? "" : u.duties().get(i));
        }
        s.setColumnWidth(0, 30 * 256);
        s.setColumnWidth(1, 100 * 256);
    }

    private void units(BudgetData data) {
        Sheet s = book.createSheet(UNITS);
        headers(s, List.of("单位名称", "单位性质"));
        if (data != null) {
            int r = 1;
            for (UnitFacts.ConsolidatedUnit u : data.unit().consolidatedUnits()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(u.name());
                row.createCell(1).setCellValue(u.type().label());
            }
        }
        list(s, PREPARED_ROWS, 1, 8);
    }

    private void lines(BudgetData data, int[] codeRows) {
        Sheet s = book.createSheet(LINES);
        headers(s, LINE_COLUMNS);
        s.createFreezePane(0, 1);
        int r = 1;
        if (data != null) {
            for (LineItem i : data.lineItems()) {
                Row row = s.createRow(r++);
                text(row, L_UNIT, i.unit());
                text(row, L_NATURE, i.nature().label());
                text(row, L_FUNCTION, i.functionCode());
                text(row, L_ECONOMIC, i.economicCode());
                text(row, L_GOVERNMENT, i.governmentEconomicCode());
                text(row, L_SOURCE, i.source().label());
                text(row, L_PROJECT, i.project());
                text(row, L_CARRYOVER, i.carryover() ? "是" : "否");
                amount(row, L_AMOUNT, i.amount());
            }
        }
        for (int k = 1; k <= r - 1 + NAMED_ROWS; k++) {
            Row row = s.getRow(k) == null ? s.createRow(k) : s.getRow(k);
            row.createCell(L_FUNCTION_NAME).setCellFormula("IFERROR(VLOOKUP(" + column(L_FUNCTION) + (k + 1) + ","
                    + CODES + "!$A$2:$B$" + codeRows[0] + ",2,FALSE),\"\")");
        }
        list(s, L_NATURE, "$H$2:$H$3");
        list(s, L_FUNCTION, "$A$2:$A$" + codeRows[0]);
        list(s, L_ECONOMIC, "$C$2:$C$" + codeRows[1]);
        list(s, L_GOVERNMENT, "$E$2:$E$" + codeRows[2]);
        list(s, L_SOURCE, "$G$2:$G$" + (FundSource.values().length + 1));
        list(s, L_CARRYOVER, "$K$2:$K$3");
        decimal(s, L_AMOUNT);
        widths(s, 22, 10, 14, 14, 14, 16, 26, 10, 16, 30);
    }

    private void projects(BudgetData data) {
        Sheet s = book.createSheet(PROJECTS);
        headers(s, PROJECT_COLUMNS);
        s.createFreezePane(1, 1);
        if (data != null) {
            int r = 1;
            for (ProjectPlan p : data.projects()) {
                Row row = s.createRow(r++);
                text(row, P_NAME, p.name());
                text(row, P_UNIT, p.unit());
                text(row, P_CATEGORY, p.category().label());
                text(row, P_ATTRIBUTE, p.attribute());
                text(row, P_PERIOD, p.period());
                amount(row, P_PERIOD_TOTAL, p.periodTotal());
                amount(row, P_CENTRAL, p.central());
                amount(row, P_PROVINCIAL, p.provincial());
                amount(row, P_SELF, p.selfRaised());
                amount(row, P_OTHER, p.other());
                text(row, P_OVERVIEW, p.overview());
                text(row, P_BASIS, p.basis());
                text(row, P_NECESSITY, p.necessity());
                text(row, P_SAFEGUARDS, p.safeguards());
                text(row, P_PLAN, p.plan());
                text(row, P_PERIOD_GOAL, p.periodGoal());
                text(row, P_ANNUAL_GOAL, p.annualGoal());
                text(row, P_PUBLISHED, p.published() ? "是" : "否");
            }
        }
        list(s, P_CATEGORY, "$J$2:$J$3");
        list(s, P_PUBLISHED, "$K$2:$K$3");
        for (int c = P_PERIOD_TOTAL; c <= P_OTHER; c++) {
            decimal(s, c);
        }
        widths(s, 26, 22, 12, 16, 8, 16, 14, 14, 14, 14, 40, 30, 30, 30, 30, 40, 40, 10);
    }

    private void indicators(BudgetData data) {
        Sheet s = book.createSheet(INDICATORS);
        headers(s, INDICATOR_COLUMNS);
        s.createFreezePane(0, 1);
        if (data != null) {
            int r = 1;
            for (ProjectPlan p : data.projects()) {
                for (GoalIndicator i : p.indicators()) {
                    indicator(s.createRow(r++), p, "年度", i);
                }
                for (GoalIndicator i : p.periodIndicators()) {
                    indicator(s.createRow(r++), p, "实施期", i);
                }
            }
        }
        list(s, 2, "$L$2:$L$3");
        widths(s, 26, 22, 10, 12, 18, 30, 16);
    }

    private void indicator(Row row, ProjectPlan p, String period, GoalIndicator i) {
        text(row, 0, p.name());
        text(row, 1, p.unit());
        text(row, 2, period);
        text(row, 3, i.level1());
        text(row, 4, i.level2());
        text(row, 5, i.name());
        text(row, 6, i.value());
    }

    private void income(BudgetData data) {
        Sheet s = book.createSheet(INCOME);
        headers(s, INCOME_COLUMNS);
        if (data != null) {
            int r = 1;
            for (IncomeItem i : data.fundIncome()) {
                incomeRow(s.createRow(r++), FUND_TABLE, i);
            }
            for (IncomeItem i : data.soeIncome()) {
                incomeRow(s.createRow(r++), SOE_TABLE, i);
            }
        }
        list(s, 0, "$M$2:$M$3");
        decimal(s, 3);
        widths(s, 20, 16, 30, 16);
    }

    private void incomeRow(Row row, String table, IncomeItem i) {
        text(row, 0, table);
        text(row, 1, i.code());
        text(row, 2, i.name());
        amount(row, 3, i.amount());
    }

    private void other(BudgetData data) {
        Sheet s = book.createSheet(OTHER);
        OtherFacts o = data == null ? OtherFacts.NONE : data.other();
        OtherFacts.LastYear l = o.lastYear();
        OtherFacts.AssetFacts a = o.assets();
        Object[] values = {l.total(), l.gpbCurrent(), l.abroad(), l.reception(), l.vehiclePurchase(),
            l.vehicleOperation(), l.operatingCosts(), o.reasons().total(), o.reasons().gpb(),
            o.reasons().threePublic(), o.reasons().operatingCosts(), positive(o.procurement().goods()),
            positive(o.procurement().works()), positive(o.procurement().services()), a.asOf(),
            data == null ? null : a.vehicleQuota()};
        for (int r = 0; r < OTHER_LABELS.size(); r++) {
            Row row = s.createRow(r);
            row.createCell(0).setCellValue(OTHER_LABELS.get(r));
            Object value = r < values.length ? values[r] : null;
            if (r >= VEHICLE_FIRST && r < VEHICLE_FIRST + VEHICLE_COUNT && data != null) {
                String kind = OTHER_LABELS.get(r).replace("（辆）", "");
                value = a.vehicles().getOrDefault(kind, 0);
            }
            int last = VEHICLE_FIRST + VEHICLE_COUNT;
            if (data != null && r == last) {
                value = a.officeArea();
            } else if (data != null && r == last + 1) {
                value = a.equipmentOver500k();
            } else if (data != null && r == last + 2) {
                value = a.equipmentOver1m();
            } else if (r == last + 3) {
                value = o.purchasedServices();
            } else if (r >= THREE_PUBLIC_COUNTS_FIRST) {
                OtherFacts.ThreePublicCounts c = o.threePublicCounts();
                value = new Integer[] {c.abroadGroups(), c.abroadPeople(), c.vehiclesPurchased(),
                    c.receptionBatches(), c.receptionPeople()}[r - THREE_PUBLIC_COUNTS_FIRST];
            }
            if (value instanceof BigDecimal b) {
                amount(row, 1, b);
            } else if (value instanceof Integer n) {
                row.createCell(1).setCellValue(n);
            } else if (value != null) {
                row.createCell(1).setCellValue(value.toString());
            }
        }
        s.setColumnWidth(0, 36 * 256);
        s.setColumnWidth(1, 60 * 256);
    }

    private void lastYear(BudgetData data) {
        Sheet s = book.createSheet(LAST_YEAR);
        headers(s, LAST_YEAR_COLUMNS);
        if (data != null) {
            Map<String, BigDecimal> amounts = data.other().lastYear().gpbByFunction();
            Map<String, String> reasons = data.other().reasons().byFunction();
            java.util.SortedSet<String> codes = new java.util.TreeSet<>(amounts.keySet());
            codes.addAll(reasons.keySet());
            int r = 1;
            for (String code : codes) {
                Row row = s.createRow(r++);
                text(row, 0, code);
                amount(row, 1, amounts.get(code));
                text(row, 2, reasons.get(code));
            }
        }
        decimal(s, 1);
        widths(s, 30, 24, 50);
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null || value.signum() == 0 ? null : value;
    }

    private void headers(Sheet s, List<String> names) {
        Row row = s.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(header);
        }
    }

    private static void pair(Sheet s, int r, String label, String value) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private static void text(Row row, int c, String value) {
        if (value != null) {
            row.createCell(c).setCellValue(value);
        }
    }

    private void amount(Row row, int c, BigDecimal value) {
        if (value != null) {
            var cell = row.createCell(c);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(money);
        }
    }

    /** A dropdown on a column of rows 2 … PREPARED_ROWS + 1 from a range of the code sheet. */
    private void list(Sheet s, int column, String codeRange) {
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint(CODES + "!" + codeRange);
        add(s, helper.createValidation(constraint, new CellRangeAddressList(1, PREPARED_ROWS, column, column)),
                "请从下拉列表中选择 / choose from the list");
    }

    /** A dropdown of unit types at one cell (the 单位性质 cell, column B) or a column. */
    private void list(Sheet s, int row, int column, int codeColumn) {
        String letter = column(codeColumn);
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint(
                CODES + "!$" + letter + "$2:$" + letter + "$4");
        int first = row == PREPARED_ROWS ? 1 : row;
        add(s, helper.createValidation(constraint, new CellRangeAddressList(first, row, column, column)),
                "请选择单位性质 / choose the unit type");
    }

    private void decimal(Sheet s, int column) {
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createDecimalConstraint(
                DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
        add(s, helper.createValidation(constraint, new CellRangeAddressList(1, PREPARED_ROWS, column, column)),
                "金额须为不小于0的数字（元）/ the amount must be a number of yuan, 0 or more");
    }

    private static void add(Sheet s, DataValidation validation, String message) {
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("输入有误 / invalid input", message);
        s.addValidationData(validation);
    }

    private static void widths(Sheet s, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
    }
}
