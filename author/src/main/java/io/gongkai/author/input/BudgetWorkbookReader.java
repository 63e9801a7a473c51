package io.gongkai.author.input;

import static io.gongkai.author.input.TemplateLayout.*;

import io.gongkai.author.BudgetData;
import io.gongkai.author.BudgetDataException;
import io.gongkai.author.BudgetDataValidator;
import io.gongkai.author.BudgetProblem;
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
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.model.UnitType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a filled XLSX template back into budget data, checking every cell: unknown codes, names outside the
 * dropdowns and malformed numbers are reported cell by cell (明细!C12：功能分类科目 2019988 不存在), then the whole
 * data goes through {@link BudgetDataValidator} with cell locations. Amounts typed as numbers are read through
 * their shortest decimal form (what the person typed), never kept as double.
 */
final class BudgetWorkbookReader {

    private final List<BudgetProblem> problems = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter();
    private final List<Integer> lineRows = new ArrayList<>();
    private final List<Integer> projectRows = new ArrayList<>();
    /** The row of 上年支出明细 each functional code stands in, for messages. */
    private final Map<String, Integer> lastYearRows = new java.util.HashMap<>();

    BudgetData read(InputStream in) throws BudgetDataException {
        try (Workbook book = WorkbookFactory.create(in)) {
            for (String name : List.of(UNIT, LINES)) {
                if (book.getSheet(name) == null) {
                    throw new BudgetDataException("XLSX", "缺少工作表「" + name + "」，请使用 gongkai template 生成的模板",
                            "sheet " + name + " is missing: use the workbook that gongkai template writes");
                }
            }
            Map<String, String> unitFields = pairs(book.getSheet(UNIT));
            int year = year(unitFields.get(YEAR));
            UnitFacts unit = unit(book, unitFields);
            List<LineItem> items = lines(book.getSheet(LINES), year);
            List<ProjectPlan> projects = projects(book.getSheet(PROJECTS), book.getSheet(INDICATORS));
            List<IncomeItem> fund = new ArrayList<>();
            List<IncomeItem> soe = new ArrayList<>();
            income(book.getSheet(INCOME), fund, soe);
            OtherFacts other = lastYear(book.getSheet(LAST_YEAR), other(book.getSheet(OTHER)));
            BudgetData data = new BudgetData(year, unit, items, projects, fund, soe, other);
            if (problems.isEmpty()) {
                problems.addAll(new BudgetDataValidator().validate(data, locator()));
            }
            if (!problems.isEmpty()) {
                throw new BudgetDataException(problems);
            }
            return data;
        } catch (IOException | RuntimeException e) {
            throw new BudgetDataException("XLSX", "无法读取 Excel 文件：" + e.getMessage(),
                    "cannot read the Excel workbook: " + e.getMessage());
        }
    }

    private Map<String, String> pairs(Sheet sheet) {
        Map<String, String> values = new LinkedHashMap<>();
        if (sheet == null) {
            return values;
        }
        int duty = 0;
        for (Row row : sheet) {
            String label = text(row.getCell(0));
            String value = text(row.getCell(1));
            if (label == null) {
                continue;
            }
            values.put(label.equals(DUTY) ? DUTY + duty++ : label, value);
        }
        return values;
    }

    private int year(String text) {
        if (text != null && text.matches("[0-9]{4}")) {
            return Integer.parseInt(text);
        }
        problems.add(new BudgetProblem(UNIT + "!B1", "预算年度 " + text + " 不是四位年份", "budget year " + text
                + " is not a four-digit year"));
        return 0;
    }

    private UnitFacts unit(Workbook book, Map<String, String> f) {
        List<String> duties = new ArrayList<>();
        f.forEach((k, v) -> {
            if (k.startsWith(DUTY) && v != null) {
                duties.add(v);
            }
        });
        UnitType type = unitType(f.get(TYPE), UNIT + "!B4");
        List<UnitFacts.ConsolidatedUnit> units = new ArrayList<>();
        Sheet sheet = book.getSheet(UNITS);
        if (sheet != null) {
            for (Row row : sheet) {
                String name = text(row.getCell(0));
                if (row.getRowNum() == 0 || name == null) {
                    continue;
                }
                units.add(new UnitFacts.ConsolidatedUnit(name, unitType(text(row.getCell(1)),
                        cell(UNITS, 1, row.getRowNum()))));
            }
        }
        String name = f.get(NAME);
        if (name == null) {
            problems.add(new BudgetProblem(UNIT + "!B2", "未填写部门名称", "the department's name is missing"));
        }
        return new UnitFacts(name == null ? "" : name, f.get(CODE), type, duties, split(f.get(OFFICES)),
                split(f.get(SUBORDINATES)), units);
    }

    private UnitType unitType(String text, String where) {
        if (text == null) {
            return UnitType.UNKNOWN;
        }
        Optional<UnitType> type = UnitTypes.parse(text);
        if (type.isEmpty()) {
            problems.add(new BudgetProblem(where, "单位性质 " + text + " 应为行政单位、参照公务员法管理事业单位或事业单位",
                    "unit type " + text + " must be 行政单位, 参照公务员法管理事业单位 or 事业单位"));
        }
        return type.orElse(UnitType.UNKNOWN);
    }

    private List<LineItem> lines(Sheet sheet, int year) {
        List<LineItem> items = new ArrayList<>();
        ClassificationCatalog functional = Catalogues.functional(year);
        for (Row row : sheet) {
            int r = row.getRowNum();
            if (r == 0 || blank(row, L_UNIT, L_AMOUNT)) {
                continue;
            }
            String function = code(row, L_FUNCTION);
            if (function != null && !functional.exists(function)) {
                problems.add(new BudgetProblem(cell(LINES, L_FUNCTION, r), "功能分类科目 " + function + " 不存在",
                        "functional code " + function + " does not exist"));
            }
            String economic = code(row, L_ECONOMIC);
            if (economic != null && !ClassificationCatalog.economicDepartment().exists(economic)) {
                problems.add(new BudgetProblem(cell(LINES, L_ECONOMIC, r), "部门经济分类科目 " + economic + " 不存在",
                        "departmental economic code " + economic + " does not exist"));
            }
            String government = code(row, L_GOVERNMENT);
            if (government != null && !ClassificationCatalog.economicGovernment().exists(government)) {
                problems.add(new BudgetProblem(cell(LINES, L_GOVERNMENT, r), "政府经济分类科目 " + government + " 不存在",
                        "government economic code " + government + " does not exist"));
            }
            Optional<FundSource> source = choice(row, L_SOURCE, FundSource::parse, "资金来源", "fund source");
            Optional<ExpenditureNature> nature = choice(row, L_NATURE, ExpenditureNature::parse, "支出性质",
                    "expenditure nature");
            boolean carryover = yes(row, L_CARRYOVER, LINES);
            BigDecimal amount = money(row, L_AMOUNT, LINES, true);
            if (function == null || economic == null || source.isEmpty() || nature.isEmpty() || amount == null) {
                missing(row, function, economic, amount);
                continue;
            }
            items.add(new LineItem(text(row.getCell(L_UNIT)), function, economic, government, source.get(),
                    nature.get(), text(row.getCell(L_PROJECT)), carryover, amount));
            lineRows.add(r);
        }
        return items;
    }

    private void missing(Row row, String function, String economic, BigDecimal amount) {
        int r = row.getRowNum();
        if (function == null) {
            problems.add(new BudgetProblem(cell(LINES, L_FUNCTION, r), "未填写功能分类科目", "the functional code is missing"));
        }
        if (economic == null) {
            problems.add(new BudgetProblem(cell(LINES, L_ECONOMIC, r), "未填写部门经济分类科目",
                    "the economic code is missing"));
        }
        if (amount == null && text(row.getCell(L_AMOUNT)) == null) {
            problems.add(new BudgetProblem(cell(LINES, L_AMOUNT, r), "未填写金额", "the amount is missing"));
        }
    }

    private List<ProjectPlan> projects(Sheet sheet, Sheet indicatorSheet) {
        Map<String, List<GoalIndicator>> annual = new LinkedHashMap<>();
        Map<String, List<GoalIndicator>> period = new LinkedHashMap<>();
        if (indicatorSheet != null) {
            for (Row row : indicatorSheet) {
                String name = text(row.getCell(0));
                if (row.getRowNum() == 0 || name == null) {
                    continue;
                }
                String key = (text(row.getCell(1)) == null ? "" : text(row.getCell(1))) + "\u0000" + name;
                GoalIndicator indicator = new GoalIndicator(text(row.getCell(3)), text(row.getCell(4)),
                        text(row.getCell(5)), text(row.getCell(6)));
                ("实施期".equals(text(row.getCell(2))) ? period : annual)
                        .computeIfAbsent(key, k -> new ArrayList<>()).add(indicator);
            }
        }
        List<ProjectPlan> plans = new ArrayList<>();
        if (sheet == null) {
            return plans;
        }
        for (Row row : sheet) {
            int r = row.getRowNum();
            String name = text(row.getCell(P_NAME));
            if (r == 0 || name == null) {
                continue;
            }
            String unit = text(row.getCell(P_UNIT));
            String key = (unit == null ? "" : unit) + "\u0000" + name;
            Optional<ProjectCategory> category = choice(row, P_CATEGORY, ProjectCategory::parse, "项目类别",
                    "project category");
            plans.add(new ProjectPlan(name, unit, category.orElse(ProjectCategory.OTHER_OPERATING),
                    text(row.getCell(P_ATTRIBUTE)), text(row.getCell(P_PERIOD)),
                    money(row, P_PERIOD_TOTAL, PROJECTS, false), money(row, P_CENTRAL, PROJECTS, false),
                    money(row, P_PROVINCIAL, PROJECTS, false), money(row, P_SELF, PROJECTS, false),
                    money(row, P_OTHER, PROJECTS, false), text(row.getCell(P_OVERVIEW)), text(row.getCell(P_BASIS)),
                    text(row.getCell(P_NECESSITY)), text(row.getCell(P_SAFEGUARDS)), text(row.getCell(P_PLAN)),
                    text(row.getCell(P_PERIOD_GOAL)), text(row.getCell(P_ANNUAL_GOAL)),
                    annual.getOrDefault(key, List.of()), period.getOrDefault(key, List.of()),
                    text(row.getCell(P_PUBLISHED)) == null || yes(row, P_PUBLISHED, PROJECTS)));
            projectRows.add(r);
        }
        return plans;
    }

    private void income(Sheet sheet, List<IncomeItem> fund, List<IncomeItem> soe) {
        if (sheet == null) {
            return;
        }
        for (Row row : sheet) {
            String table = text(row.getCell(0));
            if (row.getRowNum() == 0 || table == null && text(row.getCell(2)) == null) {
                continue;
            }
            IncomeItem item = new IncomeItem(code(row, 1), text(row.getCell(2)), money(row, 3, INCOME, true));
            if (SOE_TABLE.equals(table)) {
                soe.add(item);
            } else if (FUND_TABLE.equals(table)) {
                fund.add(item);
            } else {
                problems.add(new BudgetProblem(cell(INCOME, 0, row.getRowNum()), "所属表 " + table + " 应为"
                        + FUND_TABLE + "或" + SOE_TABLE, "the table must be " + FUND_TABLE + " or " + SOE_TABLE));
            }
        }
    }

    private OtherFacts other(Sheet sheet) {
        if (sheet == null) {
            return OtherFacts.NONE;
        }
        BigDecimal[] money = new BigDecimal[OTHER_LABELS.size()];
        String[] texts = new String[OTHER_LABELS.size()];
        for (int r = 0; r < OTHER_LABELS.size(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            texts[r] = text(row.getCell(1));
            boolean numeric = OTHER_LABELS.get(r).matches(".*（(元|辆|平方米|台套|个|人次|批次)）");
            if (numeric) {
                money[r] = money(row, 1, OTHER, false);
            }
        }
        Map<String, Integer> vehicles = new LinkedHashMap<>();
        for (int r = VEHICLE_FIRST; r < VEHICLE_FIRST + VEHICLE_COUNT; r++) {
            vehicles.put(OTHER_LABELS.get(r).replace("（辆）", ""), count(money[r], r));
        }
        int last = VEHICLE_FIRST + VEHICLE_COUNT;
        return new OtherFacts(
                new OtherFacts.LastYear(money[0], money[1], money[2], money[3], money[4], money[5], money[6]),
                new OtherFacts.Reasons(texts[7], texts[8], texts[9], texts[10]),
                new OtherFacts.ProcurementPlan(money[11], money[12], money[13]),
                new OtherFacts.AssetFacts(texts[14], count(money[15], 15), vehicles, money[last],
                        count(money[last + 1], last + 1), count(money[last + 2], last + 2)),
                texts[last + 3], new OtherFacts.ThreePublicCounts(optionalCount(money, THREE_PUBLIC_COUNTS_FIRST),
                        optionalCount(money, THREE_PUBLIC_COUNTS_FIRST + 1),
                        optionalCount(money, THREE_PUBLIC_COUNTS_FIRST + 2),
                        optionalCount(money, THREE_PUBLIC_COUNTS_FIRST + 3),
                        optionalCount(money, THREE_PUBLIC_COUNTS_FIRST + 4)));
    }

    /** A count of 其他情况 that may be left blank (not stated). */
    private Integer optionalCount(BigDecimal[] values, int row) {
        return values[row] == null ? null : count(values[row], row);
    }

    /** Adds 上年支出明细 (last year's 一般公共预算当年支出 by 项, reasons by 类 or 项) to the other facts. */
    private OtherFacts lastYear(Sheet sheet, OtherFacts other) {
        if (sheet == null) {
            return other;
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Row row : sheet) {
            String code = code(row, 0);
            BigDecimal amount = row.getRowNum() == 0 ? null : money(row, 1, LAST_YEAR, false);
            String reason = text(row.getCell(2));
            if (row.getRowNum() == 0 || code == null && amount == null && reason == null) {
                continue;
            }
            if (code == null) {
                problems.add(new BudgetProblem(cell(LAST_YEAR, 0, row.getRowNum()), "未填写功能分类科目",
                        "the functional code is missing"));
                continue;
            }
            if (amounts.containsKey(code) || reasons.containsKey(code)) {
                problems.add(new BudgetProblem(cell(LAST_YEAR, 0, row.getRowNum()), "功能分类科目 " + code + " 重复",
                        "functional code " + code + " appears twice"));
                continue;
            }
            lastYearRows.put(code, row.getRowNum());
            if (amount != null) {
                amounts.put(code, amount);
            }
            if (reason != null) {
                reasons.put(code, reason);
            }
        }
        OtherFacts.LastYear l = other.lastYear();
        OtherFacts.Reasons r = other.reasons();
        return new OtherFacts(new OtherFacts.LastYear(l.total(), l.gpbCurrent(), l.abroad(), l.reception(),
                l.vehiclePurchase(), l.vehicleOperation(), l.operatingCosts(), amounts),
                new OtherFacts.Reasons(r.total(), r.gpb(), r.threePublic(), r.operatingCosts(), reasons),
                other.procurement(), other.assets(), other.purchasedServices(), other.threePublicCounts());
    }

    private int count(BigDecimal value, int row) {
        if (value == null) {
            return 0;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            problems.add(new BudgetProblem(cell(OTHER, 1, row), "数量 " + value.toPlainString() + " 应为整数",
                    "count " + value.toPlainString() + " must be a whole number"));
            return 0;
        }
        return value.intValueExact();
    }

    private <T> Optional<T> choice(Row row, int column, java.util.function.Function<String, Optional<T>> parse,
                                   String chinese, String english) {
        String value = text(row.getCell(column));
        if (value == null) {
            problems.add(new BudgetProblem(cell(row.getSheet().getSheetName(), column, row.getRowNum()),
                    "未填写" + chinese, "the " + english + " is missing"));
            return Optional.empty();
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            problems.add(new BudgetProblem(cell(row.getSheet().getSheetName(), column, row.getRowNum()),
                    chinese + " " + value + " 不在下拉选项中", english + " " + value + " is not one of the choices"));
        }
        return parsed;
    }

    private boolean yes(Row row, int column, String sheet) {
        String value = text(row.getCell(column));
        if (value == null || value.equals("否")) {
            return false;
        }
        if (value.equals("是")) {
            return true;
        }
        problems.add(new BudgetProblem(cell(sheet, column, row.getRowNum()), "应填“是”或“否”：" + value,
                "must be 是 or 否: " + value));
        return false;
    }

    /** A code cell: digits typed as a number or as text (2010101). */
    private String code(Row row, int column) {
        String value = text(row.getCell(column));
        return value == null ? null : value.replaceAll("\\.0+$", "");
    }

    private BigDecimal money(Row row, int column, String sheet, boolean required) {
        Cell c = row.getCell(column);
        if (c == null || c.getCellType() == CellType.BLANK
                || c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank()) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC) {
            return Numbers.normal(BigDecimal.valueOf(c.getNumericCellValue()));
        }
        String raw = text(c);
        Optional<BigDecimal> parsed = Numbers.parse(raw);
        if (parsed.isEmpty()) {
            problems.add(new BudgetProblem(cell(sheet, column, row.getRowNum()), "金额 " + raw + " 不是数字",
                    "amount " + raw + " is not a number"));
            return null;
        }
        return parsed.get();
    }

    private boolean blank(Row row, int from, int to) {
        for (int c = from; c <= to; c++) {
            if (text(row.getCell(c)) != null) {
                return false;
            }
        }
        return true;
    }

    private String text(Cell c) {
        if (c == null || c.getCellType() == CellType.FORMULA) {
            return null;
        }
        String s = c.getCellType() == CellType.NUMERIC
                ? BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString()
                : formatter.formatCellValue(c);
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[、,，;；]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Cell locations of the validator's fields. */
    private BudgetDataValidator.Locator locator() {
        return new BudgetDataValidator.Locator() {
            @Override
            public String lineItem(int index, String field) {
                int column = switch (field) {
                    case "functionCode" -> L_FUNCTION;
                    case "economicCode" -> L_ECONOMIC;
                    case "governmentEconomicCode" -> L_GOVERNMENT;
                    case "source" -> L_SOURCE;
                    case "project" -> L_PROJECT;
                    case "unit" -> L_UNIT;
                    default -> L_AMOUNT;
                };
                return cell(LINES, column, lineRows.get(index));
            }

            @Override
            public String project(int index, String field) {
                int column = switch (field) {
                    case "periodTotal" -> P_PERIOD_TOTAL;
                    case "funding" -> P_CENTRAL;
                    default -> P_NAME;
                };
                return cell(PROJECTS, column, projectRows.get(index));
            }

            @Override
            public String field(String path) {
                for (String byCode : List.of("other.lastYear.gpbByFunction.", "other.reasons.byFunction.")) {
                    Integer row = path.startsWith(byCode) ? lastYearRows.get(path.substring(byCode.length())) : null;
                    if (row != null) {
                        return cell(LAST_YEAR, byCode.contains("reasons") ? 2 : 1, row);
                    }
                }
                if (path.startsWith("other.lastYear.gpbByFunction")) {
                    return LAST_YEAR;
                }
                return path.startsWith("unit") ? UNIT : path.startsWith("other") ? OTHER : path;
            }
        };
    }
}
