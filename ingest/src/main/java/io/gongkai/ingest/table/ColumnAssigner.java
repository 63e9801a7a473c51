package io.gongkai.ingest.table;

import java.math.BigDecimal;
import java.util.List;

/**
 * Places the numbers of a row into columns when blank cells have vanished from the text. Every order-preserving
 * placement is considered; a placement must satisfy the row's arithmetic ({@link RowIdentity}) if any does, and
 * among those the one that agrees best with the layout hints (cell index or spacing) wins, then the leftmost.
 */
final class ColumnAssigner {

    private ColumnAssigner() {
    }

    /**
     * A hint about where a number stands.
     *
     * @param absolute the column the layout says the number is in, or -1
     * @param blanksBefore the blank columns between the previous number and this one, or -1
     */
    record Hint(int absolute, int blanksBefore) {
        static final Hint NONE = new Hint(-1, -1);
    }

    /** Result of a placement: the column of each number, and whether the arithmetic holds. */
    record Placement(int[] columns, boolean arithmeticHolds) {
    }

    static Placement assign(List<BigDecimal> numbers, List<Hint> hints, List<String> order, RowIdentity identity) {
        int columnCount = order.size();
        int k = numbers.size();
        if (k == 0) {
            return new Placement(new int[0], true);
        }
        if (k > columnCount) {
            int[] firsts = new int[columnCount];
            for (int i = 0; i < columnCount; i++) {
                firsts[i] = i;
            }
            return new Placement(firsts, false);
        }
        Search search = new Search(numbers, hints, order, identity);
        search.run(new int[k], 0, 0);
        return new Placement(search.best, search.bestHolds);
    }

    private static final class Search {
        private final List<BigDecimal> numbers;
        private final List<Hint> hints;
        private final int columnCount;
        private final List<String> order;
        private final RowIdentity identity;
        private final BigDecimal[] columns;
        private int[] best;
        private boolean bestHolds;
        private int bestScore = Integer.MIN_VALUE;

        Search(List<BigDecimal> numbers, List<Hint> hints, List<String> order, RowIdentity identity) {
            this.numbers = numbers;
            this.hints = hints;
            this.order = order;
            this.columnCount = order.size();
            this.identity = identity;
            this.columns = new BigDecimal[columnCount];
        }

        void run(int[] chosen, int index, int from) {
            if (index == chosen.length) {
                evaluate(chosen);
                return;
            }
            int remaining = chosen.length - index;
            for (int c = from; c <= columnCount - remaining; c++) {
                chosen[index] = c;
                run(chosen, index + 1, c + 1);
            }
        }

        private void evaluate(int[] chosen) {
            java.util.Arrays.fill(columns, null);
            for (int i = 0; i < chosen.length; i++) {
                columns[chosen[i]] = numbers.get(i);
            }
            boolean holds = identity.holds(order, columns);
            int score = (holds ? 1000 : 0) + hintAgreement(chosen);
            if (score > bestScore) {
                bestScore = score;
                best = chosen.clone();
                bestHolds = holds;
            }
        }

        private int hintAgreement(int[] chosen) {
            int agree = 0;
            for (int i = 0; i < chosen.length; i++) {
                Hint hint = i < hints.size() ? hints.get(i) : Hint.NONE;
                if (hint.absolute() >= 0) {
                    agree += hint.absolute() == chosen[i] ? 10 : 0;
                } else if (hint.blanksBefore() >= 0) {
                    int previous = i == 0 ? -1 : chosen[i - 1];
                    agree += chosen[i] - previous - 1 == hint.blanksBefore() ? 10 : 0;
                }
            }
            return agree;
        }
    }
}
