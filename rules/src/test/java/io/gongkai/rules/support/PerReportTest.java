package io.gongkai.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Checker;
import io.gongkai.rules.testing.TestReports;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** A derived view is computed once per report and thread, even while other threads check other reports. */
class PerReportTest {

    @Test
    void twoThreadsCheckingTwoReportsInTurnComputeEachViewOnce() throws Exception {
        Report a = TestReports.seed000();
        Report b = TestReports.seed004();
        ConcurrentLinkedQueue<Report> derived = new ConcurrentLinkedQueue<>();
        PerReport<String> view = new PerReport<>(report -> {
            derived.add(report);
            return report.unit().name();
        });
        CyclicBarrier step = new CyclicBarrier(2);
        List<String> seenByA = new ArrayList<>();
        List<String> seenByB = new ArrayList<>();
        Thread first = new Thread(() -> readInTurn(view, a, step, seenByA));
        Thread second = new Thread(() -> readInTurn(view, b, step, seenByB));
        first.start();
        second.start();
        first.join();
        second.join();

        assertThat(seenByA).hasSize(50).containsOnly(a.unit().name());
        assertThat(seenByB).hasSize(50).containsOnly(b.unit().name());
        // One derivation per report: with one slot shared by the threads each read would have derived again.
        assertThat(derived).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void aNewReportReplacesTheThreadsView() {
        Report a = TestReports.seed000();
        Report b = TestReports.seed004();
        List<Report> derived = new ArrayList<>();
        PerReport<Report> view = new PerReport<>(report -> {
            derived.add(report);
            return report;
        });
        assertThat(view.of(a)).isSameAs(a);
        assertThat(view.of(a)).isSameAs(a);
        assertThat(view.of(b)).isSameAs(b);
        assertThat(view.of(a)).isSameAs(a);
        assertThat(derived).containsExactly(a, b, a);
    }

    @Test
    void aFinishedCheckLeavesNoViewBehindOnItsThread() {
        Report a = TestReports.seed000();
        List<Report> derived = new ArrayList<>();
        PerReport<Report> view = new PerReport<>(report -> {
            derived.add(report);
            return report;
        });
        view.of(a);
        view.of(a);
        Checker.standard().check(TestReports.seed004());
        view.of(a);
        assertThat(derived).as("derived again: the check dropped this thread's values").containsExactly(a, a);
    }

    private static void readInTurn(PerReport<String> view, Report report, CyclicBarrier step, List<String> seen) {
        try {
            for (int i = 0; i < 50; i++) {
                step.await();
                seen.add(view.of(report));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
