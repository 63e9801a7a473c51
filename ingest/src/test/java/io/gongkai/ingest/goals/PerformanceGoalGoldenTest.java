package io.gongkai.ingest.goals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.model.FundSplit;
import io.gongkai.model.Indicator;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.PerformanceGoal;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compares the goals read from each seed with the {@code performanceGoals} of its hand-written golden file: every
 * field, both fund splits and every indicator of both halves.
 */
class PerformanceGoalGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({GoalSeeds.SEED_000 + ",3", GoalSeeds.SEED_001 + ",6", GoalSeeds.SEED_004 + ",9"})
    void goalsMatchTheGoldenFile(String seed, int expectedGoals) throws IOException {
        List<IngestIssue> issues = new ArrayList<>();
        List<PerformanceGoal> goals = new PerformanceGoalParser().parse(GoalSeeds.goalLines(seed), issues);
        JsonNode golden = JSON.readTree(GoalSeeds.bytes("/golden/" + seed + ".json")).path("performanceGoals");

        assertThat(golden.size()).as("golden goals").isEqualTo(expectedGoals);
        assertThat(goals).as("goals read").hasSize(expectedGoals);
        List<String> differences = new ArrayList<>();
        for (int g = 0; g < expectedGoals; g++) {
            compare(seed + " goal " + (g + 1), goals.get(g), golden.get(g), differences);
        }
        assertThat(differences).as("differences from the golden file").isEmpty();
    }

    private static void compare(String where, PerformanceGoal actual, JsonNode expected, List<String> out) {
        text(where, "projectName", actual.projectName(), expected, out);
        text(where, "departmentCode", actual.departmentCode(), expected, out);
        text(where, "departmentName", actual.departmentName(), expected, out);
        text(where, "implementingUnit", actual.implementingUnit(), expected, out);
        text(where, "attribute", actual.attribute(), expected, out);
        text(where, "period", actual.period(), expected, out);
        funds(where + " periodFunds", actual.periodFunds(), expected.path("periodFunds"), out);
        funds(where + " annualFunds", actual.annualFunds(), expected.path("annualFunds"), out);
        text(where, "overview", actual.overview(), expected, out);
        text(where, "basis", actual.basis(), expected, out);
        text(where, "necessity", actual.necessity(), expected, out);
        text(where, "safeguards", actual.safeguards(), expected, out);
        text(where, "plan", actual.plan(), expected, out);
        text(where, "periodGoal", actual.periodGoal(), expected, out);
        text(where, "annualGoal", actual.annualGoal(), expected, out);
        indicators(where + " periodIndicators", actual.periodIndicators(), expected.path("periodIndicators"), out);
        indicators(where + " annualIndicators", actual.annualIndicators(), expected.path("annualIndicators"), out);
    }

    private static void funds(String where, FundSplit actual, JsonNode expected, List<String> out) {
        money(where, "total", actual.total(), expected, out);
        money(where, "central", actual.central(), expected, out);
        money(where, "provincial", actual.provincial(), expected, out);
        money(where, "local", actual.local(), expected, out);
        money(where, "selfRaised", actual.selfRaised(), expected, out);
        money(where, "other", actual.other(), expected, out);
    }

    private static void indicators(String where, List<Indicator> actual, JsonNode expected, List<String> out) {
        if (actual.size() != expected.size()) {
            out.add(where + ": " + actual.size() + " indicators, golden " + expected.size() + "; read "
                    + actual.stream().map(i -> i.name() + "=" + i.value()).toList());
        }
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            Indicator a = actual.get(i);
            JsonNode e = expected.get(i);
            String at = where + "[" + i + "]";
            text(at, "level1", a.level1(), e, out);
            text(at, "level2", a.level2(), e, out);
            text(at, "name", a.name(), e, out);
            text(at, "value", a.value(), e, out);
        }
    }

    private static void text(String where, String field, String actual, JsonNode expected, List<String> out) {
        JsonNode node = expected.get(field);
        String want = node == null || node.isNull() ? null : node.asText();
        if (!Objects.equals(actual, want)) {
            out.add(where + " " + field + ": read <" + actual + ">, golden <" + want + ">");
        }
    }

    private static void money(String where, String field, BigDecimal actual, JsonNode expected, List<String> out) {
        JsonNode node = expected.get(field);
        BigDecimal want = node == null || node.isNull() ? null : new BigDecimal(node.asText());
        boolean same = actual == null ? want == null : want != null && actual.compareTo(want) == 0;
        if (!same) {
            out.add(where + " " + field + ": read <" + actual + ">, golden <" + want + ">");
        }
    }
}
