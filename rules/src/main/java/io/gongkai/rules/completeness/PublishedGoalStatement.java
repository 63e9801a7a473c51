package io.gongkai.rules.completeness;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import java.util.List;
import java.util.Optional;

/**
 * What 十、绩效管理 states about goals: how many projects are under goal management (纳入绩效目标管理的项目N个,
 * 共计金额X万元) and how many goals are published with the documents (公开项目绩效目标N个，涉及项目金额X万元，
 * 占…Y%). Read from the narrative facts; every part may be absent.
 *
 * @param count the COUNT fact
 * @param amount the AMOUNT fact that follows it in the same sentence group (the largest before the next count)
 * @param share the SHARE fact right after the amount, or null
 */
record PublishedGoalStatement(NarrativeFact count, NarrativeFact amount, NarrativeFact share) {

    /** The statement of published goals (公开项目绩效目标 / 随部门预算公开重点项目绩效目标). */
    static Optional<PublishedGoalStatement> published(Report report) {
        return find(report, s -> s.contains("公开") && s.contains("绩效目标"));
    }

    /** The statement of projects under goal management (纳入绩效目标管理的项目). */
    static Optional<PublishedGoalStatement> managed(Report report) {
        return find(report, s -> s.contains("纳入") && s.contains("绩效") && !s.contains("公开"));
    }

    private static Optional<PublishedGoalStatement> find(Report report, java.util.function.Predicate<String> subject) {
        List<NarrativeFact> facts = NarrativeSections.facts(report);
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact f = facts.get(i);
            if (f.kind() != FactKind.COUNT || !subject.test(NarrativeSections.normalise(f.subject()))) {
                continue;
            }
            NarrativeFact amount = null;
            NarrativeFact share = null;
            for (int j = i + 1; j < facts.size(); j++) {
                NarrativeFact g = facts.get(j);
                if (g.kind() == FactKind.COUNT || !g.section().equals(f.section())) {
                    break;
                }
                if (g.kind() == FactKind.AMOUNT && "万元".equals(g.unit())
                        && (amount == null || g.value().compareTo(amount.value()) > 0)) {
                    amount = g;
                    share = j + 1 < facts.size() && facts.get(j + 1).kind() == FactKind.SHARE ? facts.get(j + 1) : null;
                }
            }
            return Optional.of(new PublishedGoalStatement(f, amount, share));
        }
        return Optional.empty();
    }
}
