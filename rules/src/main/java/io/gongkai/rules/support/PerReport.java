package io.gongkai.rules.support;

import io.gongkai.model.Report;
import java.util.function.Function;

/**
 * Remembers one value derived from the report being checked, so that the many rules reading the same derived
 * view (the narrative's bindings to table rows, the summary rows) compute it once per report. Rules stay
 * stateless in effect: the value is a pure function of the report, kept only for the last report seen, and
 * published safely through a volatile field; concurrent checks of other reports simply recompute it.
 *
 * @param <T> the derived value
 */
public final class PerReport<T> {

    private record Entry<T>(Report report, T value) {
    }

    private final Function<Report, T> derive;
    private volatile Entry<T> last;

    public PerReport(Function<Report, T> derive) {
        this.derive = derive;
    }

    /** The derived value for this report, computed at most once while it is the report being checked. */
    public T of(Report report) {
        Entry<T> e = last;
        if (e != null && e.report() == report) {
            return e.value();
        }
        T value = derive.apply(report);
        last = new Entry<>(report, value);
        return value;
    }
}
