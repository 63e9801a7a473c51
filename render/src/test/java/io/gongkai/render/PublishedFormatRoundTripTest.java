package io.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.author.BudgetExamples;
import io.gongkai.author.derive.ReportAuthor;
import io.gongkai.ingest.Reports;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.Summary;
import io.gongkai.model.TableRow;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip of the publishable formats: each sample (budget seeds 000, 001 and 004 and the author module's
 * example; final accounts 003 below) rendered once to PDF, XLSX, DOCX and HTML by Gongkai's own writers and read back by
 * Gongkai's own readers ({@code Reports.read}, which sniffs the content; HTML, which has no reader, as the text of
 * the page a browser shows, through the text reader) has the same
 * tables (type, empty flag, and every row's side, code, names, level, key, 行次 and amounts) and the same
 * {@link Summary}, figure by figure, as the report that was rendered. Every difference is listed, not only the first.
 */
class PublishedFormatRoundTripTest {

    static Stream<Arguments> samplesAndFormats() {
        List<Arguments> cases = new ArrayList<>();
        for (String sample : List.of("000", "001", "004", "author")) {
            for (RenderFormat format : RenderFormat.values()) {
                cases.add(Arguments.of(sample, format));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("samplesAndFormats")
    void readsBackTheSameTablesAndSummary(String sample, RenderFormat format) throws Exception {
        Report original = sample(sample);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(original, out);
        Report read = format == RenderFormat.HTML ? readVisibleText(sample, out.toByteArray())
                : Reports.read(sample + "." + format.extension(), out.toByteArray());

        assertThat(differences(original, read)).as("%s rendered as %s and read back", sample, format).isEmpty();
    }

    /**
     * Final accounts (seed 003) in every format: every table and summary figure is compared as above, and the only
     * differences allowed are the renderers' known gaps for final accounts, each named here. The renderers give
     * final-accounts tables the generic layout (codes, names, canonical columns), which (1) prints no 行次 column,
     * so the line numbers of 公开01 and 公开04 are lost (their rows and figures match), and (2) does not lay out
     * 公开10 (相关信息统计表: labelled items with 行次) in a shape the reader recognises, so its rows, and with them
     * the 机关运行经费 and 政府采购 figures of the summary, do not come back. Anything else that differs fails.
     */
    @ParameterizedTest(name = "003 as {0}")
    @EnumSource(RenderFormat.class)
    void finalAccountsReadBackTheSameExceptTheKnownGaps(RenderFormat format) throws Exception {
        Report original = SeedReports.read(SeedReports.SEED_003);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(original, out);
        Report read = format == RenderFormat.HTML ? readVisibleText("003", out.toByteArray())
                : Reports.read("003." + format.extension(), out.toByteArray());

        List<String> unexplained = differences(original, read).stream()
                .filter(d -> !onlyLineNumberLost(d, "table 1 row ") && !onlyLineNumberLost(d, "table 4 row "))
                .filter(d -> !(d.startsWith("table 10 row ") && d.endsWith(" read as (none)")))
                .filter(d -> !d.startsWith("summary institutionOperating ") && !d.startsWith("summary procurementTotal "))
                .toList();
        assertThat(unexplained).as("003 rendered as %s and read back", format).isEmpty();
        assertThat(read.tables()).hasSameSizeAs(original.tables());
    }

    /** A difference of a row that has everything but its 行次 (the 7th field of {@link #describe}). */
    private static boolean onlyLineNumberLost(String difference, String prefix) {
        if (!difference.startsWith(prefix)) {
            return false;
        }
        String[] sides = difference.substring(difference.indexOf(": ") + 2).split(" read as ", 2);
        String[] expected = sides[0].split("\\|", -1);
        String[] actual = sides.length < 2 ? new String[0] : sides[1].split("\\|", -1);
        if (expected.length != 8 || actual.length != 8 || !actual[6].isEmpty()) {
            return false;
        }
        expected[6] = "";
        return String.join("|", expected).equals(String.join("|", actual));
    }

    /** Gongkai has no HTML reader: the page's visible text ({@link HtmlVisibleText}) goes to the text reader. */
    private static Report readVisibleText(String sample, byte[] html) throws Exception {
        String text = String.join("\n", HtmlVisibleText.of(html));
        return Reports.text().read(sample + ".html.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    static Report sample(String name) {
        return switch (name) {
            case "000" -> SeedReports.read(SeedReports.SEED_000);
            case "001" -> SeedReports.read(SeedReports.SEED_001);
            case "003" -> SeedReports.read(SeedReports.SEED_003);
            case "004" -> SeedReports.read(SeedReports.SEED_004);
            case "author" -> new ReportAuthor().deriveValid(BudgetExamples.countyAgriculture());
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Every difference between two reports' tables and summaries, one line each (empty when they agree). */
    static List<String> differences(Report original, Report read) {
        List<String> found = new ArrayList<>();
        List<Integer> numbers = original.tables().stream().map(DisclosureTable::number).toList();
        List<Integer> readNumbers = read.tables().stream().map(DisclosureTable::number).toList();
        if (!numbers.equals(readNumbers)) {
            found.add("tables " + numbers + " read as " + readNumbers);
        }
        for (DisclosureTable table : original.tables()) {
            DisclosureTable other = read.table(table.type()).orElse(null);
            if (other == null) {
                continue;
            }
            if (table.empty() != other.empty()) {
                found.add("table " + table.number() + " empty " + table.empty() + " read as " + other.empty());
            }
            List<String> rows = rows(table);
            List<String> readRows = rows(other);
            for (int i = 0; i < Math.max(rows.size(), readRows.size()); i++) {
                String expected = i < rows.size() ? rows.get(i) : "(none)";
                String actual = i < readRows.size() ? readRows.get(i) : "(none)";
                if (!expected.equals(actual)) {
                    found.add("table " + table.number() + " row " + i + ": " + expected + " read as " + actual);
                }
            }
        }
        Summary summary = original.summary();
        Summary readSummary = read.summary();
        for (RecordComponent figure : Summary.class.getRecordComponents()) {
            BigDecimal expected = figure(figure, summary);
            BigDecimal actual = figure(figure, readSummary);
            boolean same = expected == null ? actual == null : actual != null && expected.compareTo(actual) == 0;
            if (!same) {
                found.add("summary " + figure.getName() + " " + expected + " read as " + actual);
            }
        }
        return found;
    }

    private static BigDecimal figure(RecordComponent component, Summary summary) {
        try {
            return (BigDecimal) component.getAccessor().invoke(summary);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(DisclosureTable table) {
        return table.rows().stream().map(PublishedFormatRoundTripTest::describe).toList();
    }

    /** A row as text; amounts by column in a fixed order, each figure without trailing zeros (12.50 is 12.5). */
    private static String describe(TableRow r) {
        Map<String, String> amounts = new TreeMap<>();
        r.amounts().forEach((column, value) -> amounts.put(column, value.stripTrailingZeros().toPlainString()));
        return r.side() + "|" + r.code() + "|" + r.name() + "|" + r.altName() + "|" + r.level() + "|" + r.key()
                + "|" + Objects.toString(r.lineNumber(), "") + "|" + amounts;
    }
}
