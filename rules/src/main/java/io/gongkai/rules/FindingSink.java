package io.gongkai.rules;

import io.gongkai.model.SourceRef;
import io.gongkai.model.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the findings of one rule run. {@link #add(String)} starts a finding pre-filled with the rule's id,
 * category, default severity and basis; the builder's setters refine it. Not thread-safe: one sink per rule run.
 */
public final class FindingSink {

    private final RuleDoc doc;
    private final List<Builder> builders = new ArrayList<>();

    public FindingSink(RuleDoc doc) {
        this.doc = doc;
    }

    /** Starts a finding with its Chinese message. */
    public Builder add(String message) {
        Builder b = new Builder(message);
        builders.add(b);
        return b;
    }

    /** The findings added so far. */
    public List<Finding> findings() {
        if (builders.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(builders.size());
        for (Builder b : builders) {
            findings.add(b.build());
        }
        return Collections.unmodifiableList(findings);
    }

    /** A finding under construction. */
    public final class Builder {
        private final String message;
        private Severity severity = doc.severity();
        private final List<Integer> tables = new ArrayList<>();
        private Location location = Location.DOCUMENT;
        private String expected;
        private String actual;
        private BigDecimal difference;
        private String basis = doc.basis();
        private final List<Evidence> evidence = new ArrayList<>();

        private Builder(String message) {
            this.message = message;
        }

        public Builder severity(Severity value) {
            severity = value;
            return this;
        }

        /** The tables involved, by canonical number. */
        public Builder tables(int... numbers) {
            for (int n : numbers) {
                if (!tables.contains(n)) {
                    tables.add(n);
                }
            }
            return this;
        }

        public Builder at(Location value) {
            location = value;
            if (value.table() != null) {
                tables(value.table());
            }
            return this;
        }

        /** Expected and actual numbers; the difference is actual − expected. */
        public Builder values(BigDecimal expectedValue, BigDecimal actualValue) {
            expected = expectedValue == null ? null : expectedValue.toPlainString();
            actual = actualValue == null ? null : actualValue.toPlainString();
            difference = expectedValue == null || actualValue == null ? null : actualValue.subtract(expectedValue);
            return this;
        }

        /** Expected and actual as text (names, counts with units). */
        public Builder values(String expectedText, String actualText) {
            expected = expectedText;
            actual = actualText;
            difference = null;
            return this;
        }

        public Builder basis(String value) {
            basis = value;
            return this;
        }

        public Builder evidence(String what, String value, SourceRef source) {
            evidence.add(new Evidence(what, value, source));
            return this;
        }

        /** A table cell used by the finding. */
        public Builder evidence(int table, TableRow row, String column) {
            BigDecimal v = row.amounts().get(column);
            evidence.add(new Evidence("表" + table + "「" + RowNames.of(row) + "」" + ColumnLabels.label(column),
                    v == null ? "（空）" : v.toPlainString(), row.source()));
            return this;
        }

        Finding build() {
            return new Finding(doc.id(), severity, doc.category(), message, tables, location, expected, actual,
                    difference, basis, evidence);
        }
    }
}
