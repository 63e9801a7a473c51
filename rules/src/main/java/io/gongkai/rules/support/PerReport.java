package io.gongkai.rules.support;

import io.gongkai.model.Report;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Remembers one value derived from the report being checked, so that the many rules reading the same derived
 * view (the narrative's bindings to table rows, the summary rows) compute it once per report. Rules stay
 * stateless in effect: the value is a pure function of the report, kept only for the last report each thread
 * checked. One slot per thread, not one shared slot: batch runs check one report per worker thread at the same
 * time, and a shared slot flipped between the workers' reports, so that each recomputed the views the other had
 * just replaced (the cross-table views, the normalised narrative text) many times per check. {@link
 * io.gongkai.rules.Checker#check} drops the thread's values when a check ends ({@link #forgetThisThread}), so that
 * no thread (a server's request threads, say) keeps a report it has finished with.
 *
 * @param <T> the derived value
 */
public final class PerReport<T> {

    private record Entry<T>(Report report, T value) {
    }

    /** Every view made, so that a thread's values can be dropped at once. */
    private static final List<PerReport<?>> VIEWS = new CopyOnWriteArrayList<>();

    private final Function<Report, T> derive;
    private final ThreadLocal<Entry<T>> last = new ThreadLocal<>();

    public PerReport(Function<Report, T> derive) {
        this.derive = derive;
        VIEWS.add(this);
    }

    /** Drops the values this thread remembers, of every view. */
    public static void forgetThisThread() {
        for (PerReport<?> view : VIEWS) {
            view.last.remove();
        }
    }

    /** The derived value for this report, computed at most once while it is the report this thread checks. */
    public T of(Report report) {
        Entry<T> e = last.get();
        if (e != null && e.report() == report) {
            return e.value();
        }
        T value = derive.apply(report);
        last.set(new Entry<>(report, value));
        return value;
    }
}
