package io.gongkai.rules.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of 十 绩效管理, read in order into their groups: the overall goal (整体绩效目标: 部门资金, 基本支出,
 * 项目支出), the projects under goal management (纳入绩效目标管理的项目 N个, 共计金额, by funding source and by
 * kind 其他运转类 / 特定目标类) and the projects whose goals are published (公开 / 随预算公开 N个, 涉及金额, 占…%).
 *
 * @param overall amounts stated before any project count
 * @param managed projects under goal management, or null
 * @param published projects whose goals are published, or null
 */
record PerformanceFacts(List<NarrativeFact> overall, Group managed, Group published) {

    /**
     * One group of projects.
     *
     * @param count how many projects (N个)
     * @param amount their amount (共计金额, 涉及资金, 合计), or null
     * @param sources the amount by funding source (一般公共预算拨款 …)
     * @param kinds the projects by kind (其他运转类, 特定目标类), each a count and an amount
     * @param share the share stated of the group's amount (占项目支出总额的X%), or null
     */
    record Group(NarrativeFact count, NarrativeFact amount, List<NarrativeFact> sources, List<Kind> kinds,
                 NarrativeFact share) {

        Group withAmount(NarrativeFact value) {
            return new Group(count, value, sources, kinds, share);
        }

        Group withShare(NarrativeFact value) {
            return new Group(count, amount, sources, kinds, value);
        }
    }

    /**
     * Projects of one kind within a group.
     *
     * @param count how many
     * @param amount their amount, or null
     */
    record Kind(NarrativeFact count, NarrativeFact amount) {
    }

    /** Reads the performance section's statements. */
    static PerformanceFacts of(Report report) {
        Reading reading = new Reading();
        Topics.facts(report, Topic.PERFORMANCE).forEach(reading::read);
        return new PerformanceFacts(List.copyOf(reading.overall), reading.managed, reading.published);
    }

    /** The state of reading the section in order: which group the next statement belongs to. */
    private static final class Reading {
        private final List<NarrativeFact> overall = new ArrayList<>();
        private Group managed;
        private Group published;
        private boolean inPublished;

        void read(NarrativeFact fact) {
            String s = Subjects.norm(fact.subject());
            if (fact.kind() == FactKind.COUNT && "个".equals(fact.unit())) {
                count(fact, s);
            } else if (fact.kind() == FactKind.SHARE) {
                Group g = current();
                if (g != null && g.kinds().isEmpty() && g.share() == null) {
                    set(g.withShare(fact));
                }
            } else if (fact.kind() == FactKind.AMOUNT && Bindings.WAN.equals(fact.unit())) {
                amount(fact, s);
            }
        }

        private void count(NarrativeFact fact, String s) {
            if (Subjects.has(s, "公开", "重点项目", "随")) {
                published = published != null ? published : newGroup(fact);
                inPublished = true;
            } else if (Subjects.has(s, "纳入", "绩效目标管理", "管理的")) {
                managed = managed != null ? managed : newGroup(fact);
                inPublished = false;
            } else if (current() != null && s.contains("类")) {
                current().kinds().add(new Kind(fact, null));
            }
        }

        private void amount(NarrativeFact fact, String s) {
            Group g = current();
            if (g == null) {
                overall.add(fact);
                return;
            }
            List<Kind> kinds = g.kinds();
            if (!kinds.isEmpty() && kinds.get(kinds.size() - 1).amount() == null) {
                kinds.set(kinds.size() - 1, new Kind(kinds.get(kinds.size() - 1).count(), fact));
            } else if (kinds.isEmpty() && Subjects.source(s) != null) {
                g.sources().add(fact);
            } else if (kinds.isEmpty() && g.amount() == null) {
                set(g.withAmount(fact));
            }
        }

        private Group current() {
            return inPublished ? published : managed;
        }

        private void set(Group g) {
            if (inPublished) {
                published = g;
            } else {
                managed = g;
            }
        }
    }

    private static Group newGroup(NarrativeFact count) {
        return new Group(count, null, new ArrayList<>(), new ArrayList<>(), null);
    }
}
