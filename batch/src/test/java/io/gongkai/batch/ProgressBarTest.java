package io.gongkai.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final AtomicLong now = new AtomicLong();
    private final StringWriter text = new StringWriter();
    private final ProgressBar bar = new ProgressBar(new PrintWriter(text), true, now::get);

    @Test
    void showsCountShareRateAndTimeLeft() {
        bar.started(1000, 0);
        // 250 documents in 2 s: 125 doc/s, 750 left → 6 s.
        assertThat(bar.line(250, 3, 0, 2_000_000_000L))
                .isEqualTo("[#######-----------------------] 250/1000  25.0% 125.0 doc/s ETA 0:00:06 errors 3");
    }

    @Test
    void skippedDocumentsDoNotCountTowardsTheRate() {
        bar.started(1000, 600);
        // 700 finished, 600 of them skipped: 100 processed in 1 s, 300 left → 3 s.
        assertThat(bar.line(700, 0, 600, 1_000_000_000L)).contains("100.0 doc/s ETA 0:00:03");
        assertThat(text.toString()).contains("600");
    }

    @Test
    void redrawsOneLineOnATerminalAndEndsWithTheSummary() {
        bar.started(2, 0);
        now.set(300_000_000L);
        bar.advanced(1, 0, 0);
        now.set(400_000_000L);
        bar.advanced(2, 1, 0);
        bar.finished(new BatchSummary(2, 0, 1, 1, Duration.ofMillis(400)));
        String drawn = text.toString();
        assertThat(drawn).contains("\r[###############---------------] 1/2")
                .contains("\r[##############################] 2/2").contains("errors 1")
                .contains("2 documents: 1 checked, 1 unreadable, 0 skipped");
    }
}
