package io.gongkai.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.table.ColumnAssigner.Hint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The search's shortcuts (no arithmetic test for a placement that cannot win, stop at the highest reachable score)
 * choose the same placement as trying every placement: compared with a plain exhaustive search written here, on
 * rows drawn with a fixed seed where the arithmetic holds, fails, or holds in several placements.
 */
class ColumnAssignerSearchTest {

    private static final List<String> ORDER = List.of("total", "a", "b", "c", "d", "e", "free");
    private static final RowIdentity IDENTITY = RowIdentity.sum("total", "a", "b", "c", "d", "e");
    private static final RowIdentity WITHOUT_TOTAL_COLUMN = RowIdentity.sum("missing", "a", "b");

    @Test
    void theSearchChoosesWhatTryingEveryPlacementChooses() {
        Random random = new Random(20261122L);
        int holding = 0;
        int failing = 0;
        for (int round = 0; round < 5_000; round++) {
            RowIdentity identity = round % 10 == 0 ? WITHOUT_TOTAL_COLUMN : IDENTITY;
            BigDecimal[] row = row(random);
            List<BigDecimal> numbers = new ArrayList<>();
            List<Hint> hints = new ArrayList<>();
            int previous = -1;
            for (int c = 0; c < row.length; c++) {
                if (row[c] == null) {
                    continue;
                }
                numbers.add(row[c]);
                hints.add(hint(random, c, previous));
                previous = c;
            }
            if (random.nextInt(8) == 0 && !hints.isEmpty()) {
                hints.remove(hints.size() - 1); // fewer hints than numbers
            }

            ColumnAssigner.Placement placement = ColumnAssigner.assign(numbers, hints, ORDER, identity);
            int[] expected = exhaustive(numbers, hints, identity);

            assertThat(placement.columns()).as("round %d: %s %s", round, numbers, hints).containsExactly(expected);
            assertThat(placement.arithmeticHolds()).isEqualTo(identity.holds(ORDER, columns(numbers, expected)));
            if (placement.arithmeticHolds()) {
                holding++;
            } else {
                failing++;
            }
        }
        assertThat(holding).isGreaterThan(1_000);
        assertThat(failing).isGreaterThan(250);
    }

    /** A row of the seven columns: parts with blanks, a total that mostly adds up, sometimes a wrong one. */
    private static BigDecimal[] row(Random random) {
        BigDecimal[] row = new BigDecimal[ORDER.size()];
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = 1; c <= 5; c++) {
            if (random.nextInt(3) == 0) {
                BigDecimal part = BigDecimal.valueOf(random.nextInt(5) == 0 ? 0 : random.nextInt(500), 2);
                row[c] = part;
                sum = sum.add(part);
            }
        }
        int shape = random.nextInt(6);
        if (shape < 4) {
            row[0] = sum;
        } else if (shape == 4) {
            row[0] = sum.add(BigDecimal.valueOf(1 + random.nextInt(300), 2));
        }
        if (random.nextInt(3) == 0) {
            row[6] = BigDecimal.valueOf(random.nextInt(500), 2);
        }
        return row;
    }

    /** A hint that is right, wrong or missing: the column, or the blanks since the previous number. */
    private static Hint hint(Random random, int column, int previous) {
        int kind = random.nextInt(5);
        int wrong = random.nextInt(2) == 0 ? 1 : -1;
        return switch (kind) {
            case 0 -> new Hint(column, -1);
            case 1 -> new Hint(Math.max(0, column + wrong), -1);
            case 2 -> new Hint(-1, column - previous - 1);
            case 3 -> new Hint(-1, Math.max(0, column - previous - 1 + wrong));
            default -> Hint.NONE;
        };
    }

    /** Every order-preserving placement; the best score (1000 if the arithmetic holds, 10 per agreeing hint) wins, the first on ties. */
    private static int[] exhaustive(List<BigDecimal> numbers, List<Hint> hints, RowIdentity identity) {
        int k = numbers.size();
        if (k == 0) {
            return new int[0];
        }
        int[] best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int[] chosen : placements(k, ORDER.size())) {
            int score = identity.holds(ORDER, columns(numbers, chosen)) ? 1000 : 0;
            for (int i = 0; i < k; i++) {
                Hint hint = i < hints.size() ? hints.get(i) : Hint.NONE;
                if (hint.absolute() >= 0) {
                    score += hint.absolute() == chosen[i] ? 10 : 0;
                } else if (hint.blanksBefore() >= 0) {
                    score += chosen[i] - (i == 0 ? -1 : chosen[i - 1]) - 1 == hint.blanksBefore() ? 10 : 0;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = chosen;
            }
        }
        return best;
    }

    /** All increasing k-tuples of column indexes below n, in lexicographic order. */
    private static List<int[]> placements(int k, int n) {
        List<int[]> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) == k) {
                int[] chosen = new int[k];
                int j = 0;
                for (int c = 0; c < n; c++) {
                    if ((mask & 1 << c) != 0) {
                        chosen[j++] = c;
                    }
                }
                out.add(chosen);
            }
        }
        out.sort((x, y) -> java.util.Arrays.compare(x, y));
        return out;
    }

    private static BigDecimal[] columns(List<BigDecimal> numbers, int[] chosen) {
        BigDecimal[] columns = new BigDecimal[ORDER.size()];
        for (int i = 0; i < chosen.length; i++) {
            columns[chosen[i]] = numbers.get(i);
        }
        return columns;
    }
}
