package io.gongkai.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.rules.tolerance.Agreement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SumCheck#addsUpExactly}, the row totals' passing path decided without cells, must say EXACT exactly when
 * {@link SumCheck#agreement} over the row's cells does.
 */
class RowSumFastPathTest {

    private static final List<String> COLUMNS = List.of("合计", "基本支出", "项目支出", "上年结转", "其他");

    @Test
    void agreesWithTheAgreementOfTheRowsCells() {
        Random random = new Random(20261122);
        int exact = 0;
        int other = 0;
        for (int k = 0; k < 50_000; k++) {
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            List<String> parts = COLUMNS.subList(1, 2 + random.nextInt(COLUMNS.size() - 1));
            BigDecimal sum = BigDecimal.ZERO;
            for (String part : parts) {
                if (random.nextInt(5) > 0) {
                    BigDecimal v = BigDecimal.valueOf(random.nextInt(20001) - 1000, random.nextInt(3));
                    amounts.put(part, v);
                    sum = sum.add(v);
                }
            }
            switch (random.nextInt(5)) {
                case 0 -> { } // blank total
                case 1 -> amounts.put("合计", sum.setScale(sum.scale() + 1)); // equal, another scale
                case 2 -> amounts.put("合计", sum.add(BigDecimal.valueOf(random.nextInt(3) - 1, 2)));
                case 3 -> amounts.put("合计", BigDecimal.valueOf(random.nextInt(20001), random.nextInt(3)));
                default -> amounts.put("合计", sum);
            }
            TableRow row = new TableRow(Side.NONE, "201", "一般公共服务支出", null, 1, null, amounts, null);
            List<Cell> cells = new ArrayList<>();
            parts.forEach(p -> cells.add(new Cell(3, row, p)));
            boolean agreementExact = SumCheck.agreement(new Cell(3, row, "合计"), cells) == Agreement.EXACT;
            assertThat(SumCheck.addsUpExactly(row, "合计", parts)).as("%s of %s", amounts, parts)
                    .isEqualTo(agreementExact);
            if (agreementExact) {
                exact++;
            } else {
                other++;
            }
        }
        assertThat(exact).isGreaterThan(10_000);
        assertThat(other).isGreaterThan(10_000);
    }
}
