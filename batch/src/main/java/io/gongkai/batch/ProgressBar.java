package io.gongkai.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr: count, share, rate and time left. On a terminal it redraws one line (carriage
 * return) at most five times a second; elsewhere (a log file, CI) it prints a line every ten seconds.
 */
public final class ProgressBar implements BatchProgress {

    private static final int WIDTH = 30;
    private static final long TERMINAL_INTERVAL = 200_000_000L;
    private static final long LOG_INTERVAL = 10_000_000_000L;

    private final String command;
    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private long start;
    private long lastDrawn;
    private int total;
    private int alreadyDone;

    /**
     * @param err where to draw
     * @param terminal whether err is a terminal (redraw one line) or a log (print lines)
     * @param nanoTime the clock ({@code System::nanoTime}; tests give a fixed one)
     */
    public ProgressBar(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
        this("gongkai batch", err, terminal, nanoTime);
    }

    /** A bar whose resume and summary lines name another command ({@code gongkai import}). */
    public ProgressBar(String command, PrintWriter err, boolean terminal, LongSupplier nanoTime) {
        this.command = command;
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    @Override
    public void started(int documents, int done) {
        this.total = documents;
        this.alreadyDone = done;
        this.start = nanoTime.getAsLong();
        this.lastDrawn = start;
        if (done > 0) {
            err.println(command + ": 续跑，跳过已完成的 " + done + " 份 / resuming, " + done + " documents already done");
        }
        err.flush();
    }

    @Override
    public void advanced(int finished, int failed, int skipped) {
        long now = nanoTime.getAsLong();
        long interval = terminal ? TERMINAL_INTERVAL : LOG_INTERVAL;
        if (now - lastDrawn < interval && finished < total) {
            return;
        }
        lastDrawn = now;
        String line = line(finished, failed, skipped, now - start);
        if (terminal) {
            err.print('\r' + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    @Override
    public void finished(BatchSummary summary) {
        if (terminal) {
            err.println();
        }
        err.println(command + String.format(Locale.ROOT, ": %d 份文件，审核 %d，无法读取 %d，跳过 %d，用时 %s，%.1f 份/秒 / "
                        + "%d documents: %d checked, %d unreadable, %d skipped, %s, %.1f documents/s",
                summary.documents(), summary.audited(), summary.failed(), summary.skipped(),
                clock(summary.elapsed()), summary.documentsPerSecond(),
                summary.documents(), summary.audited(), summary.failed(), summary.skipped(),
                clock(summary.elapsed()), summary.documentsPerSecond()));
        err.flush();
    }

    /**
     * One line of the bar: {@code [#####-----]  500/1000  50.0%  210.3 doc/s  ETA 0:00:02  errors 3}. The rate
     * counts documents processed in this run (skipped ones are free, so they would flatter it).
     */
    String line(int finished, int failed, int skipped, long elapsedNanos) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * finished / total);
        double seconds = elapsedNanos / 1e9;
        int processed = finished - skipped;
        double rate = seconds > 0 ? processed / seconds : 0;
        int remaining = total - finished;
        String eta = rate > 0 ? clock(Duration.ofSeconds(Math.round(remaining / rate))) : "--:--:--";
        return String.format(Locale.ROOT, "[%s%s] %d/%d %5.1f%% %.1f doc/s ETA %s errors %d",
                "#".repeat(filled), "-".repeat(WIDTH - filled), finished, total,
                total == 0 ? 100.0 : 100.0 * finished / total, rate, eta, failed);
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
