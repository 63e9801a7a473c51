package io.gongkai.ingest.goals;

import io.gongkai.model.Indicator;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.PerformanceGoal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalDebugTest {
    @Test
    void print() {
        for (String seed : List.of(GoalSeeds.SEED_000, GoalSeeds.SEED_001, GoalSeeds.SEED_004, GoalSeeds.SEED_003)) {
            List<IngestIssue> issues = new ArrayList<>();
            List<PerformanceGoal> goals = new PerformanceGoalParser().parse(GoalSeeds.goalLines(seed), issues);
            System.out.println("=== " + seed + " goals=" + goals.size());
            for (PerformanceGoal g : goals) {
                System.out.println(g.projectName() + " | " + g.departmentCode() + " | " + g.departmentName() + " | "
                        + g.implementingUnit() + " | " + g.attribute() + " | " + g.period());
                System.out.println("  funds " + g.periodFunds() + " / " + g.annualFunds());
                System.out.println("  ov=" + g.overview() + "\n  basis=" + g.basis() + "\n  nec=" + g.necessity()
                        + "\n  safe=" + g.safeguards() + "\n  plan=" + g.plan());
                System.out.println("  PG=" + g.periodGoal() + "\n  AG=" + g.annualGoal());
                for (Indicator i : g.periodIndicators()) {
                    System.out.println("   P " + i.level1() + " " + i.level2() + " " + i.name() + " | " + i.value());
                }
                for (Indicator i : g.annualIndicators()) {
                    System.out.println("   A " + i.level1() + " " + i.level2() + " " + i.name() + " | " + i.value());
                }
            }
            issues.forEach(i -> System.out.println("ISSUE " + i.where().location() + " " + i.message()));
        }
    }
}
