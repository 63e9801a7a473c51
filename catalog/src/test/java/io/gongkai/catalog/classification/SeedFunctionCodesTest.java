package io.gongkai.catalog.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every functional code printed in a seed, with the name printed beside it, is in the 2024 catalogue
 * under that name. Rows look like {@code 2011399 其他商贸事务支出 16.93} or, in the 忻州 template,
 * {@code 2011301\t行政运行\t358.46}; in the 决算 template long names wrap, with the code alone on its line.
 */
class SeedFunctionCodesTest {
    private static final Pattern CODE_LINE = Pattern.compile("^\\s*(2\\d{2}(?:\\d{2}){0,2})(?:[ \\t]+(.*))?$");
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}（）()、]{2,}$");
    private static final Pattern AMOUNT_START = Pattern.compile("^[\\d,.]");
    private static final int MAX_WRAPPED_LINES = 4;

    private static final List<String> SEEDS = SeedText.ALL;

    private final ClassificationCatalog functional = ClassificationCatalog.functional(2024);

    @ParameterizedTest
    @FieldSource("SEEDS")
    void everyPrintedFunctionCodeIsCataloguedUnderItsPrintedName(String seed) {
        Map<String, String> printed = printedCodes(SeedText.lines(seed));

        assertThat(printed).as("function rows found in %s", seed).hasSizeGreaterThanOrEqualTo(15);
        assertThat(printed).allSatisfy((code, name) -> assertThat(functional.hasName(code, name))
                .as("%s %s (catalogue has %s)", code, name, functional.byCode(code).map(Classification::name))
                .isTrue());
    }

    @Test
    void wrappedNamesOfTheFinalAccountsTemplateAreRead() {
        Map<String, String> printed = printedCodes(SeedText.lines(SeedText.GOVERNMENT_OFFICE));

        assertThat(printed)
                .containsEntry("20103", "政府办公厅（室）及相关机构事务")
                .containsEntry("2010399", "其他政府办公厅（室）及相关机构事务支出")
                .containsEntry("2080508", "对机关事业单位职业年金的补助")
                .containsEntry("2150899", "其他支持中小企业发展和管理支出");
    }

    /** Code → printed name of every function row of a seed; the same code prints the same name. */
    static Map<String, String> printedCodes(List<String> lines) {
        Map<String, String> printed = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = CODE_LINE.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(2) == null ? "" : m.group(2).strip();
            String name = rest.isEmpty() ? wrappedName(lines, i + 1) : rest.split("[ \\t]+")[0];
            if (NAME.matcher(name).matches()) {
                String earlier = printed.putIfAbsent(m.group(1), name);
                assertThat(earlier == null || earlier.equals(name))
                        .as("code %s printed as %s and as %s", m.group(1), earlier, name).isTrue();
            }
        }
        return printed;
    }

    private static String wrappedName(List<String> lines, int from) {
        StringBuilder name = new StringBuilder();
        for (int j = from; j < lines.size() && j < from + MAX_WRAPPED_LINES + 1; j++) {
            String part = lines.get(j).strip();
            if (part.isEmpty()) {
                continue;
            }
            if (AMOUNT_START.matcher(part).find()) {
                break;
            }
            name.append(part);
        }
        return name.toString();
    }
}
