package io.gongkai.ingest.pdf;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What differs between two readings of the same disclosure: tables (rows by code, name, level, side and amounts;
 * provenance ignored) and the summary figures. Each difference is one readable line, so that a failing test
 * lists them all.
 */
public final class ReportDifferences {

    private ReportDifferences() {
    }

    public static List<String> tables(Report expected, Report actual) {
        List<String> out = new ArrayList<>();
        Map<Integer, DisclosureTable> want = byNumber(expected);
        Map<Integer, DisclosureTable> got = byNumber(actual);
        if (!want.keySet().equals(got.keySet())) {
            out.add("tables " + want.keySet() + " became " + got.keySet());
        }
        for (var e : want.entrySet()) {
            DisclosureTable a = got.get(e.getKey());
            if (a == null) {
                continue;
            }
            DisclosureTable w = e.getValue();
            if (w.empty() != a.empty()) {
                out.add("table " + e.getKey() + " empty " + w.empty() + " became " + a.empty());
            }
            List<String> wr = w.rows().stream().map(ReportDifferences::row).toList();
            List<String> ar = a.rows().stream().map(ReportDifferences::row).toList();
            for (String r : wr) {
                if (!ar.contains(r)) {
                    out.add("table " + e.getKey() + " lost " + r);
                }
            }
            for (String r : ar) {
                if (!wr.contains(r)) {
                    out.add("table " + e.getKey() + " gained " + r);
                }
            }
        }
        return out;
    }

    public static List<String> summary(Report expected, Report actual) {
        List<String> out = new ArrayList<>();
        var w = expected.summary();
        var a = actual.summary();
        for (var c : w.getClass().getRecordComponents()) {
            try {
                Object x = c.getAccessor().invoke(w);
                Object y = c.getAccessor().invoke(a);
                boolean same = x == null ? y == null : y != null && (x instanceof BigDecimal bx && y instanceof BigDecimal by
                        ? bx.compareTo(by) == 0 : x.equals(y));
                if (!same) {
                    out.add("summary." + c.getName() + " " + x + " became " + y);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static Map<Integer, DisclosureTable> byNumber(Report report) {
        Map<Integer, DisclosureTable> out = new TreeMap<>();
        for (DisclosureTable t : report.tables()) {
            out.put(t.number(), t);
        }
        return out;
    }

    private static String row(TableRow r) {
        Map<String, String> amounts = new TreeMap<>();
        r.amounts().forEach((k, v) -> amounts.put(k, v.stripTrailingZeros().toPlainString()));
        return r.side() + "|" + r.code() + "|" + r.name() + "|" + r.altName() + "|" + r.level() + "|" + r.key() + "|"
                + amounts;
    }
}
