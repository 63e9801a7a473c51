package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Finding;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.tolerance.Agreement;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interval judgement of published figures and the once-only report of a disagreement. */
class FiguresTest {

    private static TableRow row(String name, String... columnsAndValues) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            amounts.put(columnsAndValues[i], new BigDecimal(columnsAndValues[i + 1]));
        }
        return new TableRow(Side.NONE, null, name, null, 1, null, amounts, null);
    }

    @Test
    void aSumDifferingByACentIsRoundingAndByMoreIsAContradiction() {
        TableRow t2 = row("216", "total", "788.00", "carryover", "690.66");
        Figure sum = Figure.cell(2, t2, "total").plus(2, t2, "carryover");

        assertThat(Figures.compare(Figure.cell(3, row("216", "total", "1478.66"), "total"), sum))
                .isEqualTo(Agreement.EXACT);
        assertThat(Figures.compare(Figure.cell(3, row("216", "total", "1478.65"), "total"), sum))
                .isEqualTo(Agreement.ROUNDING);
        assertThat(Figures.compare(Figure.cell(3, row("216", "total", "1478.63"), "total"), sum))
                .isEqualTo(Agreement.CONTRADICTS);
    }

    @Test
    void blankCellsAreExactZeros() {
        Figure blank = Figure.cell(2, row("x"), "gpb");
        assertThat(Figures.compare(blank, Figure.absent(5, "201"))).isEqualTo(Agreement.EXACT);
        assertThat(Figures.compare(blank, Figure.cell(5, row("x", "total", "0.01"), "total")))
                .isEqualTo(Agreement.CONTRADICTS);
    }

    @Test
    void anInequalityHoldsWithinRounding() {
        TableRow t3 = row("合计", "basic", "446.35");
        TableRow parts = row("合计", "basic", "445.18", "carry", "1.18");
        Figure whole = Figure.cell(3, t3, "basic");
        Figure sum = Figure.cell(5, parts, "basic").plus(5, parts, "carry");

        assertThat(Figures.atMost(whole, sum)).isEqualTo(Agreement.EXACT);
        assertThat(Figures.atMost(sum, whole)).isEqualTo(Agreement.ROUNDING);
        assertThat(Figures.atMost(sum, Figure.cell(3, row("合计", "basic", "446.33"), "basic")))
                .isEqualTo(Agreement.CONTRADICTS);
    }

    @Test
    void theOddFigureOutIsReportedOnceWithEveryTable() {
        FindingSink sink = new FindingSink(GpbIncomeAgreesAcrossTablesRule.class.getAnnotation(RuleDoc.class));
        Figures.agree(sink, List.of(Figure.cell(1, row("一般公共预算", "amount", "847.18"), "amount"),
                Figure.cell(2, row("合计", "gpb", "847.18"), "gpb"),
                Figure.cell(4, row("一般公共预算", "amount", "847.18"), "amount"),
                Figure.cell(5, row("合计", "total", "874.18"), "total")), "应相同");

        List<Finding> findings = sink.findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.tables()).containsExactly(5, 1, 2, 4);
            assertThat(f.expected()).isEqualTo("847.18");
            assertThat(f.actual()).isEqualTo("874.18");
            assertThat(f.difference()).isEqualByComparingTo("27.00");
        });
    }

    @Test
    void aRoundingDifferenceIsAnInfoRemarkAgainstTheExactlyAgreeingFigures() {
        FindingSink sink = new FindingSink(GpbIncomeAgreesAcrossTablesRule.class.getAnnotation(RuleDoc.class));
        TableRow t2 = row("216", "total", "788.00", "carryover", "690.66");
        Figures.agree(sink, List.of(Figure.cell(1, row("十六", "total", "1478.65"), "total"),
                Figure.cell(3, row("216", "total", "1478.65"), "total"),
                Figure.cell(2, t2, "total").plus(2, t2, "carryover")), "应相同");

        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().table()).isEqualTo(2);
            assertThat(f.message()).contains("788.00＋690.66＝1478.66", "尾数误差");
        });
    }
}
