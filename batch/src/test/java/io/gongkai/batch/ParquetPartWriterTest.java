package io.gongkai.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetPartWriterTest {

    @TempDir
    Path temp;

    @Test
    void decimalsAreStoredAsTheirValueTimesTenThousand() {
        assertThat(ParquetPartWriter.unscaled(new BigDecimal("358.46"))).isEqualTo(3_584_600L);
        assertThat(ParquetPartWriter.unscaled(new BigDecimal("-0.01"))).isEqualTo(-100L);
        assertThat(ParquetPartWriter.unscaled(new BigDecimal("0.00"))).isZero();
        assertThat(ParquetPartWriter.unscaled(new BigDecimal("12"))).isEqualTo(120_000L);
        assertThat(ParquetPartWriter.unscaled(new BigDecimal("1.2345"))).isEqualTo(12_345L);
        assertThat(ParquetPartWriter.unscaled(new BigDecimal("1E+3"))).isEqualTo(10_000_000L);
        // More than four decimals: rounded half-even.
        assertThat(ParquetPartWriter.unscaled(new BigDecimal("1.23456"))).isEqualTo(12_346L);
        assertThat(ParquetPartWriter.unscaled(new BigDecimal("1.23445"))).isEqualTo(12_344L);
        assertThat(ParquetPartWriter.unscaled(new BigDecimal("-1.23455"))).isEqualTo(-12_346L);
        // The largest that fits DECIMAL(18,4), and one digit more.
        assertThat(ParquetPartWriter.unscaled(new BigDecimal("922337203685477.5807"))).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> ParquetPartWriter.unscaled(new BigDecimal("1E+15")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> ParquetPartWriter.unscaled(new BigDecimal("1000000000000000.00")))
                .isInstanceOf(ArithmeticException.class);
    }

    /**
     * Strings repeat from record to record, as equal strings that are different objects, with more distinct values
     * in a column than the writer keeps encoded, and with nulls: every record reads back as written.
     */
    @Test
    void repeatedAndManyDistinctStringsReadBackAsWritten() throws IOException {
        String[] regions = {"长治市屯留区", "忻州市", "山西省忻州市定襄县"};
        List<Object[]> written = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            String file = "a/" + (i / 400) + ".txt";
            // 6,000 distinct names, each written twice, the second time 6,000 records later.
            String name = new String("项目支出 " + (i % 6000));
            written.add(new Object[] {file, 2025, new String(regions[i % 3]), i % 11, i % 37,
                i % 2 == 0 ? "INCOME" : "EXPENDITURE", i % 5 == 0 ? null : "2011301", name,
                i % 7 == 0 ? "别名" : null, i % 4, "key" + (i % 50), i % 3 == 0 ? "total" : "basic",
                i % 13 == 0 ? null : new BigDecimal(i).movePointLeft(2)});
        }
        Path part = temp.resolve("part-00000.parquet");
        try (TablePartWriter writer = new ParquetPartWriter(BatchTables.ROWS, part)) {
            for (Object[] record : written) {
                writer.write(record);
            }
        }
        List<Object[]> read = new ArrayList<>();
        ParquetPartReader.read(part, BatchTables.ROWS, read);

        assertThat(read).hasSameSizeAs(written);
        int amount = BatchTables.ROWS.indexOf("amount");
        for (int i = 0; i < written.size(); i++) {
            Object[] expected = written.get(i).clone();
            Object[] actual = read.get(i).clone();
            assertThat(actual[amount] == null ? null : ((BigDecimal) actual[amount]).compareTo(
                    (BigDecimal) expected[amount])).as("amount of record " + i)
                    .isEqualTo(expected[amount] == null ? null : 0);
            expected[amount] = null;
            actual[amount] = null;
            assertThat(actual).as("record " + i).containsExactly(expected);
        }
    }
}
