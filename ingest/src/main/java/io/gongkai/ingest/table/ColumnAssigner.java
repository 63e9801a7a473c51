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
        Search search = new Search(numbers, hints, order.size(), identity.in(order));
        search.run(k);
        return new Placement(search.best, search.bestHolds);
    }

    /**
     * The search in placement order (lexicographic, so the leftmost comes first). A placement replaces the best
     * only with a strictly higher score, so two shortcuts give the same winner as trying everything: the arithmetic
     * is not tested for a placement that could not win even if it held, and the search stops once the best has the
     * highest score any placement can reach.
     */
    private static final class Search {
        private final List<BigDecimal> numbers;
        private final List<Hint> hints;
        private final int columnCount;
        private final RowIdentity.Resolved identity;
        private final BigDecimal[] columns;
        private final int highestScore;
        private int[] best;
        private boolean bestHolds;
        private int bestScore = Integer.MIN_VALUE;

        Search(List<BigDecimal> numbers, List<Hint> hints, int columnCount, RowIdentity.Resolved identity) {
            this.numbers = numbers;
            this.hints = hints;
            this.columnCount = columnCount;
            this.identity = identity;
            this.columns = new BigDecimal[columnCount];
            int hinted = 0;
            for (int i = 0; i < numbers.size(); i++) {
                Hint hint = i < hints.size() ? hints.get(i) : Hint.NONE;
                if (hint.absolute() >= 0 || hint.blanksBefore() >= 0) {
                    hinted++;
                }
            }
            this.highestScore = 1000 + 10 * hinted;
        }

        /**
         * Evaluates the placements of {@code k} numbers in lexicographic order, one loop stepping to the next
         * placement (no recursion, which the JIT would inline into one large compiled method), until the best has
         * the highest score.
         */
        void run(int k) {
            int[] chosen = new int[k];
            for (int i = 0; i < k; i++) {
                chosen[i] = i;
            }
            while (bestScore < highestScore) {
                evaluate(chosen);
                int i = k - 1;
                while (i >= 0 && chosen[i] == columnCount - k + i) {
                    i--;
                }
                if (i < 0) {
                    return;
                }
                chosen[i]++;
                for (int j = i + 1; j < k; j++) {
                    chosen[j] = chosen[j - 1] + 1;
                }
            }
        }

        private void evaluate(int[] chosen) {
            int agreement = hintAgreement(chosen);
            if (1000 + agreement <= bestScore) {
                return;
            }
            java.util.Arrays.fill(columns, null);
            for (int i = 0; i < chosen.length; i++) {
                columns[chosen[i]] = numbers.get(i);
            }
            boolean holds = identity.holds(columns);
            int score = (holds ? 1000 : 0) + agreement;
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
