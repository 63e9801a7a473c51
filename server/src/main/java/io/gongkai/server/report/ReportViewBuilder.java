package io.gongkai.server.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.ColumnLabels;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Location;
import io.gongkai.store.StoredReport;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the report page from the stored canonical JSON and the stored findings: lays out the tables, marks the
 * cells and rows that findings point to, cuts the narrative into text and checked figures, and attaches quality
 * flags to the performance goals.
 */
final class ReportViewBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The key figures shown in 概况, in order, with their labels. */
    static final Map<String, String> FIGURE_LABELS = labels();

    private final StoredReport report;
    private final JsonNode document;
    private final List<FindingView> findings = new ArrayList<>();
    private final Set<Integer> placed = new HashSet<>();

    ReportViewBuilder(StoredReport report, JsonNode document, List<Finding> findings) {
        this.report = report;
        this.document = document;
        for (int i = 0; i < findings.size(); i++) {
            this.findings.add(new FindingView(i, findings.get(i), null));
        }
    }

    ReportView build(List<StoredReport> versions) {
        List<TableView> tables = new ArrayList<>();
        for (JsonNode table : document.path("tables")) {
            tables.add(table(table));
        }
        Set<BigDecimal> published = publishedAmounts();
        List<ReportView.SectionView> sections = new ArrayList<>();
        for (JsonNode section : document.path("narrative").path("sections")) {
            sections.add(section(section, published));
        }
        List<ReportView.GoalView> goals = new ArrayList<>();
        for (JsonNode goal : document.path("performanceGoals")) {
            goals.add(goal(goal));
        }
        Map<String, String> figures = new LinkedHashMap<>();
        JsonNode summary = document.path("summary");
        FIGURE_LABELS.forEach((key, label) -> {
            JsonNode value = summary.get(key);
            figures.put(label, value == null || value.isNull() ? "—" : value.asText());
        });
        return new ReportView(report, versions, document.path("overview"), figures, tables, sections, goals,
                List.copyOf(findings), charts(tables));
    }

    private TableView table(JsonNode table) {
        int number = table.path("number").asInt();
        TableType type = tableType(table.path("type").asText());
        String tableId = "t" + number;
        boolean twoSidedType = type != null && type.twoSided();
        List<String> left = columns(type, twoSidedType ? Side.INCOME : Side.NONE, table);
        List<String> right = twoSidedType ? columns(type, Side.EXPENDITURE, table) : List.of();
        boolean twoSided = !right.isEmpty();
        List<TableView.Line> lines = new ArrayList<>();
        JsonNode rows = table.path("rows");
        List<TableView.RowView> incomeRows = new ArrayList<>();
        List<TableView.RowView> expenditureRows = new ArrayList<>();
        List<Integer> incomeLines = new ArrayList<>();
        List<Integer> expenditureLines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            boolean expenditure = "EXPENDITURE".equals(row.path("side").asText());
            List<String> columns = twoSided && expenditure ? right : left;
            TableView.RowView view = row(number, i, row, columns);
            if (twoSided) {
                (expenditure ? expenditureRows : incomeRows).add(view);
                (expenditure ? expenditureLines : incomeLines).add(row.path("source").path("line").asInt(i));
            } else {
                lines.add(new TableView.Line(view, null));
            }
        }
        if (twoSided) {
            if (numberedThroughout(incomeRows) && numberedThroughout(expenditureRows)) {
                incomeLines = linePositions(incomeRows);
                expenditureLines = linePositions(expenditureRows);
            }
            pairByPrintedLine(incomeRows, incomeLines, expenditureRows, expenditureLines, lines);
        }
        List<FindingView> tableFindings = take(f -> number == nullToZero(f.location().table())
                && f.location().row() == null, tableId);
        boolean numbersColumns = type != null && type.numbersColumns();
        return new TableView(tableId, number, table.path("title").asText(), table.path("empty").asBoolean(),
                twoSided, labelsOf(left), labelsOf(right), lines, tableFindings,
                lineNumbered(lines, TableView.Line::left), lineNumbered(lines, TableView.Line::right), numbersColumns);
    }

    /** Whether any row on one side of the lines prints a 行次. */
    private static boolean lineNumbered(List<TableView.Line> lines, Function<TableView.Line, TableView.RowView> side) {
        return lines.stream().map(side).anyMatch(r -> r != null && !r.lineNumber().isEmpty());
    }

    private static boolean numberedThroughout(List<TableView.RowView> rows) {
        return !rows.isEmpty() && rows.stream().noneMatch(r -> r.lineNumber().isEmpty());
    }

    /**
     * Where each row of a side stands in a final-accounts table whose rows all print a 行次: the template numbers the
     * income lines from 1 and the expenditure lines on after the last income line (公开01: 1 beside 32, 27 本年收入合计
     * beside 58 本年支出合计), so a row's place is its 行次 less its side's first. Unlike the lines the text was read
     * from, this keeps a row whose name wrapped onto two lines beside its counterpart.
     */
    private static List<Integer> linePositions(List<TableView.RowView> rows) {
        List<Integer> numbers = rows.stream().map(r -> Integer.valueOf(r.lineNumber())).toList();
        int first = numbers.stream().min(Integer::compare).orElse(0);
        return numbers.stream().map(n -> n - first).toList();
    }

    /** Income and expenditure rows read from the same printed line share a line; the rest fill in order. */
    private static void pairByPrintedLine(List<TableView.RowView> income, List<Integer> incomeLines,
                                          List<TableView.RowView> expenditure, List<Integer> expenditureLines,
                                          List<TableView.Line> lines) {
        int i = 0;
        int e = 0;
        while (i < income.size() || e < expenditure.size()) {
            if (i < income.size() && e < expenditure.size()) {
                int il = incomeLines.get(i);
                int el = expenditureLines.get(e);
                if (il == el) {
                    lines.add(new TableView.Line(income.get(i++), expenditure.get(e++)));
                } else if (il < el) {
                    lines.add(new TableView.Line(income.get(i++), null));
                } else {
                    lines.add(new TableView.Line(null, expenditure.get(e++)));
                }
            } else if (i < income.size()) {
                lines.add(new TableView.Line(income.get(i++), null));
            } else {
                lines.add(new TableView.Line(null, expenditure.get(e++)));
            }
        }
    }

    private TableView.RowView row(int table, int ordinal, JsonNode row, List<String> columns) {
        String code = row.path("code").isTextual() ? row.path("code").asText() : null;
        String name = row.path("name").asText();
        String label = code == null ? name : code + " " + name;
        String rowId = "t" + table + "-r" + ordinal;
        List<TableView.CellView> cells = new ArrayList<>();
        for (String column : columns) {
            JsonNode amount = row.path("amounts").get(column);
            String cellId = rowId + "-" + column;
            List<FindingView> cellFindings = take(f -> pointsTo(f, table, label, name) && column.equals(
                    f.location().column()), cellId);
            cells.add(new TableView.CellView(cellId, amount == null ? "" : amount.asText(), cellFindings));
        }
        List<FindingView> rowFindings = take(f -> pointsTo(f, table, label, name) && (f.location().column() == null
                || !columns.contains(f.location().column())), rowId);
        return new TableView.RowView(rowId, label, row.path("level").asInt(), row.path("level").asInt() == 0,
                cells, rowFindings, row.path("lineNumber").isInt() ? row.path("lineNumber").asText() : "");
    }

    private static boolean pointsTo(Finding f, int table, String label, String name) {
        Location at = f.location();
        return at.table() != null && at.table() == table && at.row() != null
                && (at.row().equals(label) || at.row().equals(name));
    }

    /** The findings not yet placed that match, now placed at the anchor. */
    private List<FindingView> take(java.util.function.Predicate<Finding> matches, String anchor) {
        List<FindingView> taken = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (!placed.contains(i) && matches.test(findings.get(i).finding())) {
                placed.add(i);
                FindingView view = new FindingView(i, findings.get(i).finding(), anchor);
                findings.set(i, view);
                taken.add(view);
            }
        }
        return taken;
    }

    private ReportView.SectionView section(JsonNode section, Set<BigDecimal> published) {
        String number = section.path("number").asText();
        String text = section.path("text").asText();
        List<ReportView.Segment> segments = new ArrayList<>();
        int position = 0;
        for (JsonNode fact : document.path("narrative").path("facts")) {
            String factSection = fact.path("section").asText();
            if (!(factSection.equals(number) || factSection.startsWith(number + "("))
                    || !fact.path("value").isTextual()) {
                continue;
            }
            BigDecimal value = new BigDecimal(fact.path("value").asText());
            int[] found = find(text, value, position);
            if (found == null) {
                continue;
            }
            if (found[0] > position) {
                segments.add(new ReportView.Segment(text.substring(position, found[0]), null, null));
            }
            segments.add(figure(text.substring(found[0], found[1]), fact, value, factSection, published));
            position = found[1];
        }
        if (position < text.length()) {
            segments.add(new ReportView.Segment(text.substring(position), null, null));
        }
        return new ReportView.SectionView(number, section.path("title").asText(), segments);
    }

    private ReportView.Segment figure(String printed, JsonNode fact, BigDecimal value, String factSection,
                                      Set<BigDecimal> published) {
        String subject = fact.path("subject").asText();
        for (FindingView f : findings) {
            Finding finding = f.finding();
            String section = finding.location().section();
            if (finding.category() == Category.NARRATIVE || finding.category() == Category.COMPLETENESS) {
                if (section != null && section.replace("情况说明", "").strip().startsWith(factSection)
                        && sameNumber(finding.actual(), value)) {
                    return new ReportView.Segment(printed, "CONTRADICTS", subject + "：" + finding.message()
                            + "（" + finding.rule() + "）");
                }
            }
        }
        String unit = fact.path("unit").asText();
        if ("万元".equals(unit) && published.contains(value.stripTrailingZeros())) {
            return new ReportView.Segment(printed, "AGREES", subject + "：与表格中公开的数一致");
        }
        return new ReportView.Segment(printed, "UNCHECKED", subject + "：未与表格核对");
    }

    private static boolean sameNumber(String text, BigDecimal value) {
        if (text == null) {
            return false;
        }
        try {
            return new BigDecimal(text.replace(",", "").strip()).compareTo(value) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Where a figure is printed in the text from a position on: plain (1554.77) or grouped (1,554.77). */
    static int[] find(String text, BigDecimal value, int from) {
        List<String> forms = new ArrayList<>();
        String plain = value.toPlainString();
        DecimalFormat grouped = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        forms.add(grouped.format(value.abs()));
        forms.add(value.abs().toPlainString());
        forms.add(plain);
        int best = -1;
        String bestForm = null;
        for (String form : new LinkedHashSet<>(forms)) {
            int at = text.indexOf(form, from);
            while (at >= 0 && at > 0 && (Character.isDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.')) {
                at = text.indexOf(form, at + 1);
            }
            if (at >= 0 && (best < 0 || at < best || at == best && form.length() > bestForm.length())) {
                best = at;
                bestForm = form;
            }
        }
        return best < 0 ? null : new int[] {best, best + bestForm.length()};
    }

    private Set<BigDecimal> publishedAmounts() {
        Set<BigDecimal> amounts = new HashSet<>();
        for (JsonNode table : document.path("tables")) {
            for (JsonNode row : table.path("rows")) {
                row.path("amounts").forEach(a -> amounts.add(new BigDecimal(a.asText()).stripTrailingZeros()));
            }
        }
        return amounts;
    }

    private ReportView.GoalView goal(JsonNode goal) {
        String name = goal.path("projectName").asText();
        List<FindingView> flags = new ArrayList<>();
        for (FindingView f : findings) {
            String section = f.finding().location().section();
            if (f.finding().category() == Category.PERFORMANCE && section != null
                    && section.contains("「" + name + "」")) {
                flags.add(f);
            }
        }
        JsonNode annual = goal.path("annualIndicators");
        JsonNode indicators = annual.isEmpty() ? goal.path("periodIndicators") : annual;
        List<JsonNode> list = new ArrayList<>();
        indicators.forEach(list::add);
        JsonNode total = goal.path("annualFunds").path("total");
        return new ReportView.GoalView(name, total.isTextual() ? total.asText() : "", goal.path("annualGoal")
                .asText(""), list, flags);
    }

    /** Expenditure by 类 (table 3), basic against project, and findings by category, as ECharts will draw them. */
    private String charts(List<TableView> tables) {
        ObjectNode data = JSON.createObjectNode();
        ArrayNode classes = data.putArray("classes");
        for (JsonNode table : document.path("tables")) {
            if (table.path("number").asInt() != 3) {
                continue;
            }
            for (JsonNode row : table.path("rows")) {
                JsonNode total = row.path("amounts").get("total");
                if (row.path("level").asInt() == 1 && total != null && row.path("code").asText("").length() == 3) {
                    ObjectNode item = classes.addObject();
                    item.put("name", row.path("code").asText() + " " + row.path("name").asText());
                    item.put("value", new BigDecimal(total.asText()));
                }
            }
        }
        JsonNode summary = document.path("summary");
        ArrayNode split = data.putArray("split");
        addFigure(split, "基本支出", summary.get("basicExpenditure"));
        addFigure(split, "项目支出", summary.get("projectExpenditure"));
        ObjectNode byCategory = data.putObject("findingsByCategory");
        for (FindingView f : findings) {
            String label = f.categoryLabel();
            ObjectNode counts = byCategory.has(label) ? (ObjectNode) byCategory.get(label)
                    : byCategory.putObject(label);
            counts.put(f.severity(), counts.path(f.severity()).asInt() + 1);
        }
        return data.toString();
    }

    private static void addFigure(ArrayNode array, String name, JsonNode value) {
        if (value != null && value.isTextual()) {
            ObjectNode item = array.addObject();
            item.put("name", name);
            item.put("value", new BigDecimal(value.asText()));
        }
    }

    /** The canonical columns of a table's side; for a table type the model does not know, those it has. */
    private static List<String> columns(TableType type, Side side, JsonNode table) {
        if (type != null) {
            return type.columns(side);
        }
        Set<String> seen = new LinkedHashSet<>();
        table.path("rows").forEach(r -> r.path("amounts").fieldNames().forEachRemaining(seen::add));
        return List.copyOf(seen);
    }

    private static List<String> labelsOf(List<String> columns) {
        return columns.stream().map(ColumnLabels::label).toList();
    }

    private static TableType tableType(String name) {
        try {
            return TableType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("incomeTotal", "收入总计");
        labels.put("currentIncome", "本年收入");
        labels.put("carryover", "上年结转");
        labels.put("expenditureTotal", "支出总计");
        labels.put("basicExpenditure", "基本支出");
        labels.put("projectExpenditure", "项目支出");
        labels.put("gpbTotal", "一般公共预算支出");
        labels.put("personnel", "人员经费");
        labels.put("publicExpense", "公用经费");
        labels.put("threePublicTotal", "“三公”经费");
        labels.put("institutionOperating", "机关运行经费");
        labels.put("procurementTotal", "政府采购预算");
        labels.put("projectCount", "项目个数");
        return labels;
    }
}
