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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip of the publishable formats: each sample (budget seeds 000, 001 and 004, final accounts 003 and the
 * author module's example) rendered once to PDF, XLSX, DOCX and HTML by Gongkai's own writers and read back by
 * Gongkai's own readers ({@code Reports.read}, which sniffs the content; HTML, which has no reader, as the text of
 * the page a browser shows, through the text reader) has the same
 * tables (type, empty flag, and every row's side, code, names, level, key, 行次 and amounts) and the same
 * {@link Summary}, figure by figure, as the report that was rendered. Every difference is listed, not only the first.
 */
class PublishedFormatRoundTripTest {

    static Stream<Arguments> samplesAndFormats() {
        List<Arguments> cases = new ArrayList<>();
        for (String sample : List.of("000", "001", "003", "004", "author")) {
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
        Report read = renderAndReadBack(sample, original, format);

        assertThat(differences(original, read)).as("%s rendered as %s and read back", sample, format).isEmpty();
    }

    /**
     * Renders the report in the format and reads it back with Gongkai's own reader. Gongkai has no HTML reader: the
     * page's visible text ({@link HtmlVisibleText}) goes to the text reader.
     */
    static Report renderAndReadBack(String sample, Report original, RenderFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(original, out);
        return format == RenderFormat.HTML ? readVisibleText(sample, out.toByteArray())
                : Reports.read(sample + "." + format.extension(), out.toByteArray());
    }

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
