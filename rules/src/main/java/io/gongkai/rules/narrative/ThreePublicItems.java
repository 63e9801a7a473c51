package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The “三公” statements of section 七 of one kind (amounts or changes), by item: the first statement of each.
 */
final class ThreePublicItems {

    private final Map<Role, NarrativeFact> byRole;

    private ThreePublicItems(Map<Role, NarrativeFact> byRole) {
        this.byRole = byRole;
    }

    /** The first money statement of each item, of the given kind (AMOUNT or CHANGE). */
    static ThreePublicItems of(Report report, FactKind kind) {
        Map<Role, NarrativeFact> found = new EnumMap<>(Role.class);
        for (NarrativeFact fact : Topics.facts(report, Topic.THREE_PUBLIC)) {
            if (fact.kind() != kind || !Bindings.WAN.equals(fact.unit())) {
                continue;
            }
            String s = Subjects.norm(fact.subject());
            if (kind == FactKind.AMOUNT && Subjects.isLastYear(s)) {
                continue;
            }
            Role role = Bindings.threePublic(report, s).role();
            if (role != Role.NONE) {
                found.putIfAbsent(role, fact);
            }
        }
        return new ThreePublicItems(found);
    }

    NarrativeFact get(Role role) {
        return byRole.get(role);
    }

    /** The vehicle part: 购置及运行费 when stated, else 购置费 and 运行维护费 as stated. */
    List<NarrativeFact> vehicles() {
        if (byRole.containsKey(Role.VEHICLES)) {
            return List.of(byRole.get(Role.VEHICLES));
        }
        List<NarrativeFact> parts = new ArrayList<>();
        for (Role r : List.of(Role.VEHICLE_PURCHASE, Role.VEHICLE_OPERATION)) {
            if (byRole.containsKey(r)) {
                parts.add(byRole.get(r));
            }
        }
        return parts;
    }

    /** The stated items the total is made of, and how many of the three items they cover. */
    List<NarrativeFact> items() {
        List<NarrativeFact> items = new ArrayList<>();
        for (Role r : List.of(Role.ABROAD, Role.RECEPTION)) {
            if (byRole.containsKey(r)) {
                items.add(byRole.get(r));
            }
        }
        items.addAll(vehicles());
        return items;
    }

    /** How many of the three items (出国, 接待, 公务用车) are stated. */
    int itemsStated() {
        int n = 0;
        n += byRole.containsKey(Role.ABROAD) ? 1 : 0;
        n += byRole.containsKey(Role.RECEPTION) ? 1 : 0;
        n += vehicles().isEmpty() ? 0 : 1;
        return n;
    }
}
