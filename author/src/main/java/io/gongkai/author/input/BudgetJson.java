package io.gongkai.author.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.author.BudgetData;
import io.gongkai.author.BudgetDataException;
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
import io.gongkai.model.UnitType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Budget data as JSON (docs/budget-data.md, schema docs/budget-data.schema.json): reads it with every problem
 * located by its JSON path, and writes it back in the same shape. Amounts are decimal strings or numbers in 元.
 * Stateless and thread-safe.
 */
public final class BudgetJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** Reads budget data; syntax errors, missing fields, bad numbers and unknown names are all reported. */
    public BudgetData read(InputStream in) throws BudgetDataException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "JSON" : "JSON 第" + e.getLocation().getLineNr() + "行";
            throw new BudgetDataException(where, "不是有效的 JSON：" + e.getOriginalMessage(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BudgetDataException("JSON", "无法读取：" + e.getMessage(), "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BudgetDataException("JSON", "顶层必须是对象", "the top level must be an object");
        }
        Reader r = new Reader();
        BudgetData data = r.data(root);
        if (!r.problems.isEmpty()) {
            throw new BudgetDataException(r.problems);
        }
        return data;
    }

    /** Writes budget data in the shape {@link #read} accepts. */
    public void write(BudgetData data, OutputStream out) throws IOException {
        MAPPER.writeValue(out, tree(data));
    }

    /** The JSON text of budget data. */
    public String toJson(BudgetData data) {
        try {
            return MAPPER.writeValueAsString(tree(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("budget data cannot be written as JSON", e);
        }
    }

    /** Collects the problems of one read. */
    private static final class Reader {
        private final List<BudgetProblem> problems = new ArrayList<>();

        BudgetData data(JsonNode root) {
            int year = integer(root, "year", "year", 0);
            UnitFacts unit = unit(root.path("unit"));
            List<LineItem> items = new ArrayList<>();
            JsonNode lines = root.path("lineItems");
            for (int i = 0; i < lines.size(); i++) {
                lineItem(lines.get(i), "lineItems[" + i + "]").ifPresent(items::add);
            }
            List<ProjectPlan> projects = new ArrayList<>();
            JsonNode plans = root.path("projects");
            for (int i = 0; i < plans.size(); i++) {
                projects.add(project(plans.get(i), "projects[" + i + "]"));
            }
            return new BudgetData(year, unit, items, projects, income(root.path("fundIncome"), "fundIncome"),
                    income(root.path("soeIncome"), "soeIncome"), other(root.path("other")));
        }

        private UnitFacts unit(JsonNode n) {
            String name = text(n, "name", "unit.name", true);
            String typeText = text(n, "type", "unit.type", true);
            List<UnitFacts.ConsolidatedUnit> units = new ArrayList<>();
            JsonNode consolidated = n.path("consolidatedUnits");
            for (int i = 0; i < consolidated.size(); i++) {
                JsonNode u = consolidated.get(i);
                String where = "unit.consolidatedUnits[" + i + "]";
                units.add(new UnitFacts.ConsolidatedUnit(orEmpty(text(u, "name", where + ".name", true)),
                        unitType(text(u, "type", where + ".type", true), where + ".type")));
            }
            return new UnitFacts(orEmpty(name), text(n, "code", "unit.code", false), unitType(typeText, "unit.type"),
                    strings(n.path("duties")), strings(n.path("internalOffices")),
                    strings(n.path("subordinateUnits")), units);
        }

        private Optional<LineItem> lineItem(JsonNode n, String where) {
            String source = text(n, "source", where + ".source", true);
            String nature = text(n, "nature", where + ".nature", true);
            Optional<FundSource> fund = FundSource.parse(source);
            Optional<ExpenditureNature> kind = ExpenditureNature.parse(nature);
            if (source != null && fund.isEmpty()) {
                problem(where + ".source", "资金来源 " + source + " 无法识别", "unknown fund source " + source);
            }
            if (nature != null && kind.isEmpty()) {
                problem(where + ".nature", "支出性质 " + nature + " 应为基本支出或项目支出",
                        "expenditure nature " + nature + " must be 基本支出 or 项目支出");
            }
            BigDecimal amount = money(n, "amount", where + ".amount", true);
            String function = text(n, "functionCode", where + ".functionCode", true);
            String economic = text(n, "economicCode", where + ".economicCode", true);
            if (fund.isEmpty() || kind.isEmpty() || amount == null || function == null || economic == null) {
                return Optional.empty();
            }
            return Optional.of(new LineItem(text(n, "unit", where + ".unit", false), function, economic,
                    text(n, "governmentEconomicCode", where + ".governmentEconomicCode", false), fund.get(),
                    kind.get(), text(n, "project", where + ".project", false),
                    bool(n, "carryover", where + ".carryover"), amount));
        }

        private ProjectPlan project(JsonNode n, String where) {
            String categoryText = text(n, "category", where + ".category", false);
            Optional<ProjectCategory> category = ProjectCategory.parse(categoryText);
            if (categoryText != null && category.isEmpty()) {
                problem(where + ".category", "项目类别 " + categoryText + " 应为其他运转类或特定目标类",
                        "project category " + categoryText + " must be 其他运转类 or 特定目标类");
            }
            return new ProjectPlan(orEmpty(text(n, "name", where + ".name", true)), text(n, "unit", where, false),
                    category.orElse(ProjectCategory.OTHER_OPERATING), text(n, "attribute", where, false),
                    text(n, "period", where, false), money(n, "periodTotal", where + ".periodTotal", false),
                    money(n, "central", where + ".central", false),
                    money(n, "provincial", where + ".provincial", false),
                    money(n, "selfRaised", where + ".selfRaised", false), money(n, "other", where + ".other", false),
                    text(n, "overview", where, false), text(n, "basis", where, false),
                    text(n, "necessity", where, false), text(n, "safeguards", where, false),
                    text(n, "plan", where, false), text(n, "periodGoal", where, false),
                    text(n, "annualGoal", where, false), indicators(n.path("indicators"), where + ".indicators"),
                    indicators(n.path("periodIndicators"), where + ".periodIndicators"),
                    !n.has("published") || n.path("published").asBoolean(true));
        }

        private List<GoalIndicator> indicators(JsonNode n, String where) {
            List<GoalIndicator> list = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode x = n.get(i);
                String at = where + "[" + i + "]";
                list.add(new GoalIndicator(text(x, "level1", at + ".level1", true),
                        text(x, "level2", at + ".level2", true), text(x, "name", at + ".name", true),
                        text(x, "value", at + ".value", true)));
            }
            return list;
        }

        private List<IncomeItem> income(JsonNode n, String where) {
            List<IncomeItem> list = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode x = n.get(i);
                String at = where + "[" + i + "]";
                list.add(new IncomeItem(text(x, "code", at + ".code", false), orEmpty(text(x, "name", at + ".name",
                        true)), money(x, "amount", at + ".amount", true)));
            }
            return list;
        }

        private OtherFacts other(JsonNode n) {
            JsonNode last = n.path("lastYear");
            String l = "other.lastYear.";
            OtherFacts.LastYear lastYear = new OtherFacts.LastYear(money(last, "total", l + "total", false),
                    money(last, "gpbCurrent", l + "gpbCurrent", false), money(last, "abroad", l + "abroad", false),
                    money(last, "reception", l + "reception", false),
                    money(last, "vehiclePurchase", l + "vehiclePurchase", false),
                    money(last, "vehicleOperation", l + "vehicleOperation", false),
                    money(last, "operatingCosts", l + "operatingCosts", false),
                    moneyByCode(last.path("gpbByFunction"), l + "gpbByFunction"));
            JsonNode r = n.path("reasons");
            Map<String, String> reasonsByFunction = new LinkedHashMap<>();
            r.path("byFunction").fields().forEachRemaining(e -> reasonsByFunction.put(e.getKey(),
                    text(r.path("byFunction"), e.getKey(), "other.reasons.byFunction." + e.getKey(), false)));
            OtherFacts.Reasons reasons = new OtherFacts.Reasons(text(r, "total", "", false),
                    text(r, "gpb", "", false), text(r, "threePublic", "", false),
                    text(r, "operatingCosts", "", false), reasonsByFunction);
            JsonNode p = n.path("procurement");
            OtherFacts.ProcurementPlan procurement = new OtherFacts.ProcurementPlan(
                    money(p, "goods", "other.procurement.goods", false),
                    money(p, "works", "other.procurement.works", false),
                    money(p, "services", "other.procurement.services", false));
            JsonNode a = n.path("assets");
            Map<String, Integer> vehicles = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = a.path("vehicles").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> v = fields.next();
                vehicles.put(v.getKey(), integer(a.path("vehicles"), v.getKey(), "other.assets.vehicles." + v.getKey(),
                        0));
            }
            OtherFacts.AssetFacts assets = new OtherFacts.AssetFacts(text(a, "asOf", "", false),
                    integer(a, "vehicleQuota", "other.assets.vehicleQuota", 0), vehicles,
                    money(a, "officeArea", "other.assets.officeArea", false),
                    integer(a, "equipmentOver500k", "other.assets.equipmentOver500k", 0),
                    integer(a, "equipmentOver1m", "other.assets.equipmentOver1m", 0));
            JsonNode c = n.path("threePublicCounts");
            String cw = "other.threePublicCounts.";
            OtherFacts.ThreePublicCounts counts = new OtherFacts.ThreePublicCounts(
                    optionalInteger(c, "abroadGroups", cw + "abroadGroups"),
                    optionalInteger(c, "abroadPeople", cw + "abroadPeople"),
                    optionalInteger(c, "vehiclesPurchased", cw + "vehiclesPurchased"),
                    optionalInteger(c, "receptionBatches", cw + "receptionBatches"),
                    optionalInteger(c, "receptionPeople", cw + "receptionPeople"));
            return new OtherFacts(lastYear, reasons, procurement, assets, text(n, "purchasedServices", "", false),
                    counts);
        }

        /** An object of amounts keyed by code ({"2130101": "1200000.00"}), in the order written. */
        private Map<String, BigDecimal> moneyByCode(JsonNode n, String where) {
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = n.fields();
            while (fields.hasNext()) {
                String code = fields.next().getKey();
                BigDecimal amount = money(n, code, where + "." + code, true);
                if (amount != null) {
                    amounts.put(code, amount);
                }
            }
            return amounts;
        }

        private Integer optionalInteger(JsonNode n, String field, String where) {
            if (n.path(field).isMissingNode() || n.path(field).isNull()) {
                return null;
            }
            return integer(n, field, where, 0);
        }

        private UnitType unitType(String text, String where) {
            if (text == null) {
                return UnitType.UNKNOWN;
            }
            Optional<UnitType> type = UnitTypes.parse(text);
            if (type.isEmpty()) {
                problem(where, "单位性质 " + text + " 应为行政单位、参照公务员法管理事业单位或事业单位",
                        "unit type " + text + " must be 行政单位, 参照公务员法管理事业单位 or 事业单位");
            }
            return type.orElse(UnitType.UNKNOWN);
        }

        private String text(JsonNode n, String field, String where, boolean required) {
            JsonNode v = n.path(field);
            if (v.isMissingNode() || v.isNull() || v.isTextual() && v.asText().isBlank()) {
                if (required) {
                    problem(where, "缺少必填项 " + field, "required field " + field + " is missing");
                }
                return null;
            }
            if (!v.isValueNode()) {
                problem(where, field + " 应为文字", field + " must be a string");
                return null;
            }
            return v.asText().strip();
        }

        private BigDecimal money(JsonNode n, String field, String where, boolean required) {
            JsonNode v = n.path(field);
            if (v.isMissingNode() || v.isNull() || v.isTextual() && v.asText().isBlank()) {
                if (required) {
                    problem(where, "缺少金额 " + field, "amount " + field + " is missing");
                }
                return null;
            }
            Optional<BigDecimal> parsed = Numbers.parse(v.asText());
            if (v.isContainerNode() || v.isBoolean() || parsed.isEmpty()) {
                problem(where, "金额 " + v.asText() + " 不是数字", "amount " + v.asText() + " is not a number");
                return null;
            }
            return parsed.get();
        }

        private int integer(JsonNode n, String field, String where, int fallback) {
            JsonNode v = n.path(field);
            if (v.isMissingNode() || v.isNull()) {
                return fallback;
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber() && !v.asText().matches("-?[0-9]+")) {
                problem(where, field + " 应为整数：" + v.asText(), field + " must be a whole number: " + v.asText());
                return fallback;
            }
            return v.isIntegralNumber() ? v.asInt() : Integer.parseInt(v.asText());
        }

        private boolean bool(JsonNode n, String field, String where) {
            JsonNode v = n.path(field);
            if (v.isMissingNode() || v.isNull()) {
                return false;
            }
            if (v.isBoolean()) {
                return v.asBoolean();
            }
            String s = v.asText().strip();
            if (s.equals("是") || s.equals("上年结转")) {
                return true;
            }
            if (s.equals("否") || s.equals("当年") || s.equals("当年预算")) {
                return false;
            }
            problem(where, field + " 应为 true 或 false：" + s, field + " must be true or false: " + s);
            return false;
        }

        private List<String> strings(JsonNode n) {
            List<String> list = new ArrayList<>();
            n.forEach(x -> list.add(x.asText()));
            return list;
        }

        private void problem(String where, String chinese, String english) {
            problems.add(new BudgetProblem(where, chinese, english));
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    private static ObjectNode tree(BudgetData data) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("year", data.year());
        ObjectNode unit = root.putObject("unit");
        UnitFacts u = data.unit();
        unit.put("name", u.name());
        putText(unit, "code", u.code());
        unit.put("type", u.type().label());
        strings(unit.putArray("duties"), u.duties());
        strings(unit.putArray("internalOffices"), u.internalOffices());
        strings(unit.putArray("subordinateUnits"), u.subordinateUnits());
        ArrayNode consolidated = unit.putArray("consolidatedUnits");
        u.consolidatedUnits().forEach(c -> consolidated.addObject().put("name", c.name()).put("type", c.type().label()));
        ArrayNode items = root.putArray("lineItems");
        for (LineItem i : data.lineItems()) {
            ObjectNode n = items.addObject();
            putText(n, "unit", i.unit());
            n.put("functionCode", i.functionCode());
            n.put("economicCode", i.economicCode());
            putText(n, "governmentEconomicCode", i.governmentEconomicCode());
            n.put("source", i.source().label());
            n.put("nature", i.nature().label());
            putText(n, "project", i.project());
            n.put("carryover", i.carryover());
            n.put("amount", i.amount().toPlainString());
        }
        ArrayNode projects = root.putArray("projects");
        data.projects().forEach(p -> project(projects.addObject(), p));
        income(root.putArray("fundIncome"), data.fundIncome());
        income(root.putArray("soeIncome"), data.soeIncome());
        other(root.putObject("other"), data.other());
        return root;
    }

    private static void project(ObjectNode n, ProjectPlan p) {
        n.put("name", p.name());
        putText(n, "unit", p.unit());
        n.put("category", p.category().label());
        putText(n, "attribute", p.attribute());
        putText(n, "period", p.period());
        putMoney(n, "periodTotal", p.periodTotal());
        putMoney(n, "central", p.central());
        putMoney(n, "provincial", p.provincial());
        putMoney(n, "selfRaised", p.selfRaised());
        putMoney(n, "other", p.other());
        putText(n, "overview", p.overview());
        putText(n, "basis", p.basis());
        putText(n, "necessity", p.necessity());
        putText(n, "safeguards", p.safeguards());
        putText(n, "plan", p.plan());
        putText(n, "periodGoal", p.periodGoal());
        putText(n, "annualGoal", p.annualGoal());
        indicators(n.putArray("indicators"), p.indicators());
        indicators(n.putArray("periodIndicators"), p.periodIndicators());
        n.put("published", p.published());
    }

    private static void indicators(ArrayNode array, List<GoalIndicator> indicators) {
        indicators.forEach(i -> array.addObject().put("level1", i.level1()).put("level2", i.level2())
                .put("name", i.name()).put("value", i.value()));
    }

    private static void income(ArrayNode array, List<IncomeItem> items) {
        for (IncomeItem i : items) {
            ObjectNode n = array.addObject();
            putText(n, "code", i.code());
            n.put("name", i.name());
            putMoney(n, "amount", i.amount());
        }
    }

    private static void other(ObjectNode n, OtherFacts o) {
        ObjectNode last = n.putObject("lastYear");
        OtherFacts.LastYear l = o.lastYear();
        putMoney(last, "total", l.total());
        putMoney(last, "gpbCurrent", l.gpbCurrent());
        putMoney(last, "abroad", l.abroad());
        putMoney(last, "reception", l.reception());
        putMoney(last, "vehiclePurchase", l.vehiclePurchase());
        putMoney(last, "vehicleOperation", l.vehicleOperation());
        putMoney(last, "operatingCosts", l.operatingCosts());
        if (!l.gpbByFunction().isEmpty()) {
            ObjectNode byFunction = last.putObject("gpbByFunction");
            l.gpbByFunction().forEach((code, amount) -> putMoney(byFunction, code, amount));
        }
        ObjectNode reasons = n.putObject("reasons");
        putText(reasons, "total", o.reasons().total());
        putText(reasons, "gpb", o.reasons().gpb());
        putText(reasons, "threePublic", o.reasons().threePublic());
        putText(reasons, "operatingCosts", o.reasons().operatingCosts());
        if (!o.reasons().byFunction().isEmpty()) {
            ObjectNode byFunction = reasons.putObject("byFunction");
            o.reasons().byFunction().forEach((code, reason) -> putText(byFunction, code, reason));
        }
        ObjectNode p = n.putObject("procurement");
        putMoney(p, "goods", o.procurement().goods());
        putMoney(p, "works", o.procurement().works());
        putMoney(p, "services", o.procurement().services());
        ObjectNode a = n.putObject("assets");
        OtherFacts.AssetFacts assets = o.assets();
        putText(a, "asOf", assets.asOf());
        a.put("vehicleQuota", assets.vehicleQuota());
        ObjectNode vehicles = a.putObject("vehicles");
        assets.vehicles().forEach(vehicles::put);
        putMoney(a, "officeArea", assets.officeArea());
        a.put("equipmentOver500k", assets.equipmentOver500k());
        a.put("equipmentOver1m", assets.equipmentOver1m());
        putText(n, "purchasedServices", o.purchasedServices());
        OtherFacts.ThreePublicCounts counts = o.threePublicCounts();
        if (!counts.equals(OtherFacts.ThreePublicCounts.NONE)) {
            ObjectNode c = n.putObject("threePublicCounts");
            putCount(c, "abroadGroups", counts.abroadGroups());
            putCount(c, "abroadPeople", counts.abroadPeople());
            putCount(c, "vehiclesPurchased", counts.vehiclesPurchased());
            putCount(c, "receptionBatches", counts.receptionBatches());
            putCount(c, "receptionPeople", counts.receptionPeople());
        }
    }

    private static void putCount(ObjectNode n, String field, Integer value) {
        if (value != null) {
            n.put(field, value.intValue());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void putText(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static void putMoney(ObjectNode n, String field, BigDecimal value) {
        if (value != null) {
            n.put(field, value.toPlainString());
        }
    }
}
