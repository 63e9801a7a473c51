package io.gongkai.render.json;

import static io.gongkai.render.json.ReportJsonWriter.decimal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.FinalAccountsStatements.ChangeStatement;
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.FinalAccountsStatements.ProcurementStatement;
import io.gongkai.model.FinalAccountsStatements.SelfEvaluationSummary;
import io.gongkai.model.FinalAccountsStatements.ThreePublicItem;
import io.gongkai.model.FinalAccountsStatements.ThreePublicStatement;
import io.gongkai.model.FinalAccountsStatements.Visits;
import io.gongkai.model.SourceRef;
import java.util.function.BiConsumer;

/** The {@code narrative.finalAccounts} object of the canonical JSON (docs/json-format.md). */
final class FinalAccountsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FinalAccountsJson() {
    }

    static ObjectNode statements(FinalAccountsStatements s, BiConsumer<ObjectNode, SourceRef> source) {
        ObjectNode node = NODES.objectNode();
        decimal(node, "initialBudget", s.initialBudget());
        decimal(node, "finalExpenditure", s.finalExpenditure());
        decimal(node, "completionRate", s.completionRate());
        ArrayNode classes = node.putArray("classes");
        for (ClassStatement c : s.classes()) {
            ObjectNode n = classes.addObject();
            n.put("name", c.name());
            decimal(n, "amount", c.amount());
            decimal(n, "share", c.share());
            n.put("purpose", c.purpose());
            n.set("change", change(c.change(), source));
        }
        node.set("threePublic", threePublic(s.threePublic()));
        node.set("operatingCosts", change(s.operatingCosts(), source));
        node.set("procurement", procurement(s.procurement(), source));
        ArrayNode summaries = node.putArray("selfEvaluationSummaries");
        for (SelfEvaluationSummary e : s.selfEvaluationSummaries()) {
            ObjectNode n = summaries.addObject();
            n.put("year", e.year());
            n.put("level", e.level());
            n.put("count", e.count());
            decimal(n, "amount", e.amount());
            n.put("amountUnit", e.amountUnit());
            n.put("excellent", e.excellent());
            n.put("good", e.good());
            n.put("fair", e.fair());
            n.put("poor", e.poor());
            source.accept(n, e.source());
        }
        ArrayNode repeated = node.putArray("repeatedSections");
        s.repeatedSections().forEach(repeated::add);
        return node;
    }

    private static ObjectNode change(ChangeStatement c, BiConsumer<ObjectNode, SourceRef> source) {
        ObjectNode node = NODES.objectNode();
        decimal(node, "amount", c.amount());
        decimal(node, "change", c.change());
        decimal(node, "changeRate", c.changeRate());
        node.put("reason", c.reason());
        source.accept(node, c.source());
        return node;
    }

    private static ObjectNode threePublic(ThreePublicStatement t) {
        ObjectNode node = NODES.objectNode();
        node.set("total", item(t.total()));
        node.set("abroad", item(t.abroad()));
        node.set("vehiclePurchase", item(t.vehiclePurchase()));
        node.set("vehicleOperation", item(t.vehicleOperation()));
        node.set("reception", item(t.reception()));
        node.set("abroadGroups", visits(t.abroadGroups()));
        node.put("vehiclesBought", t.vehiclesBought());
        node.put("vehiclesHeld", t.vehiclesHeld());
        node.set("receptions", visits(t.receptions()));
        node.set("domestic", visits(t.domestic()));
        node.set("foreignAffairs", visits(t.foreignAffairs()));
        node.set("overseas", visits(t.overseas()));
        return node;
    }

    private static ObjectNode item(ThreePublicItem i) {
        ObjectNode node = NODES.objectNode();
        decimal(node, "budget", i.budget());
        decimal(node, "actual", i.actual());
        decimal(node, "completionRate", i.completionRate());
        decimal(node, "change", i.change().change());
        decimal(node, "changeRate", i.change().changeRate());
        node.put("reason", i.change().reason());
        return node;
    }

    private static ObjectNode visits(Visits v) {
        ObjectNode node = NODES.objectNode();
        decimal(node, "amount", v.amount());
        node.put("batches", v.batches());
        node.put("persons", v.persons());
        return node;
    }

    private static ObjectNode procurement(ProcurementStatement p, BiConsumer<ObjectNode, SourceRef> source) {
        ObjectNode node = NODES.objectNode();
        decimal(node, "total", p.total());
        decimal(node, "goods", p.goods());
        decimal(node, "works", p.works());
        decimal(node, "services", p.services());
        decimal(node, "smeAmount", p.smeAmount());
        decimal(node, "smeShare", p.smeShare());
        decimal(node, "smallMicroAmount", p.smallMicroAmount());
        decimal(node, "smallMicroShare", p.smallMicroShare());
        source.accept(node, p.source());
        return node;
    }
}
