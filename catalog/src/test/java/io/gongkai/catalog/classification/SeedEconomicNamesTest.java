package io.gongkai.catalog.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The economic names printed in the seeds agree with the catalogue: every (部门, 政府) pair in table 6 of
 * a budget is a correct mapping for some kind of unit, and every code and name of the final accounts'
 * 公开06表 is a 部门 economic entry.
 */
class SeedEconomicNamesTest {
    private static final Pattern AMOUNT = Pattern.compile("[\\d,]+\\.\\d{2}([\\d,]+\\.\\d{2})?");
    private static final Pattern CODE_AND_NAME = Pattern.compile(
            "(?<![\\d.])(\\d{5}|\\d{6})\\s+([\\p{IsHan}（）()]+)");
    private static final List<String> BUDGETS = List.of(SeedText.COMMERCE_CENTRE, SeedText.XINZHOU_COMMERCE,
            SeedText.PEOPLES_CONGRESS);

    private final EconomicMapping mapping = EconomicMapping.standard();
    private final ClassificationCatalog department = ClassificationCatalog.economicDepartment();

    @ParameterizedTest
    @FieldSource("BUDGETS")
    void everyTable6PairIsACorrectMapping(String seed) {
        List<String[]> pairs = table6Pairs(SeedText.lines(seed));

        assertThat(pairs).as("table 6 pairs of %s", seed).hasSizeGreaterThanOrEqualTo(10);
        assertThat(pairs).allSatisfy(pair -> assertThat(mapping.isConsistent(pair[0], pair[1]))
                .as("%s | %s (expected one of %s)", pair[0], pair[1], mapping.governmentNamesFor(pair[0]))
                .isTrue());
    }

    @Test
    void aPublicInstitutionPrintsOnlyPublicInstitutionPairs() {
        List<String[]> pairs = table6Pairs(SeedText.lines(SeedText.COMMERCE_CENTRE));

        assertThat(pairs).allSatisfy(pair -> assertThat(mapping.kindsFor(pair[0], pair[1]))
                .as("%s | %s", pair[0], pair[1]).contains(UnitKind.PUBLIC_INSTITUTION));
    }

    @Test
    void anAdministrativeUnitWithAttachedInstitutionsPrintsBothKinds() {
        List<String[]> pairs = table6Pairs(SeedText.lines(SeedText.XINZHOU_COMMERCE));

        assertThat(pairs).anySatisfy(pair -> assertThat(mapping.kindsFor(pair[0], pair[1]))
                .containsExactly(UnitKind.ORGAN));
        assertThat(pairs).anySatisfy(pair -> assertThat(mapping.kindsFor(pair[0], pair[1]))
                .containsExactly(UnitKind.PUBLIC_INSTITUTION));
    }

    @Test
    void everyCodeAndNameOfTheFinalAccountsEconomicTableIsCatalogued() {
        List<String[]> printed = finalAccountsEconomicRows(SeedText.lines(SeedText.GOVERNMENT_OFFICE));

        assertThat(printed).hasSizeGreaterThanOrEqualTo(80);
        assertThat(printed).allSatisfy(row -> assertThat(department.hasName(row[0], row[1]))
                .as("%s %s (catalogue has %s)", row[0], row[1], department.byCode(row[0]).map(Classification::name))
                .isTrue());
    }

    /** (部门 name, 政府 name) of each item row of table 6: two names, then amounts. */
    static List<String[]> table6Pairs(List<String> lines) {
        List<String[]> pairs = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.contains("部门预算支出经济科目名称")) {
                inTable = true;
                continue;
            }
            if (inTable && (line.contains("政府性基金预算收入表") || line.contains("表七"))) {
                break;
            }
            String[] cells = line.strip().split("[ \\t]+");
            if (inTable && cells.length >= 3 && !isAmount(cells[0]) && !isAmount(cells[1])
                    && isAmount(cells[2])) {
                pairs.add(new String[] {cells[0], cells[1]});
            }
        }
        return pairs;
    }

    /** (code, name) of each one-line cell of 公开06表; the bold 类 rows are printed twice and undoubled. */
    static List<String[]> finalAccountsEconomicRows(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.contains("公开06表")) {
                inTable = true;
            } else if (inTable && line.contains("人员经费合计")) {
                break;
            } else if (inTable) {
                Matcher m = CODE_AND_NAME.matcher(line);
                while (m.find()) {
                    rows.add(new String[] {SeedText.undouble(m.group(1)), SeedText.undouble(m.group(2))});
                }
            }
        }
        return rows;
    }

    private static boolean isAmount(String cell) {
        return AMOUNT.matcher(cell).matches();
    }
}
