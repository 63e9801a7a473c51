package io.gongkai.catalog.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.TableType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans that stand in for regexes and the character test that lets the reader skip the final-accounts layout
 * pass over a budget: each compared with what it replaces, or with every title of the reference data.
 */
class TableTitlesShortcutTest {

    private static final Pattern YEAR = Pattern.compile("20[0-9]{2}年度?");
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "^(预算公开表|部门公开表|单位公开表|公开表|附表|表|公开)([0-9]{1,2}(-[0-9]{1,2})?|[一二三四五六七八九十]{1,3})表?[:：.、]?");

    @Test
    void yearsAreRemovedAsTheRegexRemovesThem() {
        Random random = new Random(20261122);
        String alphabet = "2012349年度表预 ";
        for (int k = 0; k < 50_000; k++) {
            String s = randomText(random, alphabet, 14);
            assertThat(TableTitles.withoutYears(s)).as(s).isEqualTo(YEAR.matcher(s).replaceAll(""));
        }
        assertThat(TableTitles.withoutYears("2024年度2023年预算收支总表2022")).isEqualTo("预算收支总表2022");
    }

    @Test
    void printedTitleIsWhatTheRegexesGave() {
        Random random = new Random(7);
        String alphabet = " \t\u3000表一二附1-公开预算收支总年2024（）:";
        List<String> lines = new ArrayList<>(List.of(" 表一2024年预算收支总表", "\u3000 附表1-1 XX局 收支总表",
                "表十二\t2024年项目支出预算表（本年预算）", "公开表3", "表 一", "\u3000\u3000", ""));
        for (int k = 0; k < 30_000; k++) {
            lines.add(randomText(random, alphabet, 16));
        }
        for (String line : lines) {
            assertThat(TableTitles.printedTitle(line)).as(line).isEqualTo(printedTitleByRegex(line));
        }
    }

    @Test
    void everyTitleHoldsASignatureCharacterAndIsRecognised() throws IOException {
        for (String resource : List.of("budget-tables.tsv", "final-accounts-tables.tsv")) {
            TableTitles titles = resource.startsWith("budget") ? TableTitles.budget() : TableTitles.finalAccounts();
            for (String[] entry : titles(resource)) {
                String title = entry[1];
                assertThat(titles.signature().chars().anyMatch(c -> title.indexOf(c) >= 0)).as(title).isTrue();
                assertThat(titles.mayRecognise(title)).as(title).isTrue();
                assertThat(titles.recognise("表三2024年" + title)).as(title).contains(TableType.valueOf(entry[0]));
                assertThat(titles.recognise("某县财政局" + title.replace('(', '（').replace(')', '）')))
                        .as(title).contains(TableType.valueOf(entry[0]));
            }
        }
    }

    @Test
    void noBudgetTitleShowsAFinalAccountsSignatureCharacter() throws IOException {
        for (String[] entry : titles("budget-tables.tsv")) {
            assertThat(TableTitles.finalAccounts().mayRecognise("表一2024年" + entry[1] + "（不含上年结转）"))
                    .as(entry[1]).isFalse();
        }
        assertThat(TableTitles.finalAccounts().mayRecognise("2023年度部门决算")).isTrue();
    }

    private static List<String[]> titles(String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = TableTitles.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                for (String title : fields[1].strip().split("\\|")) {
                    out.add(new String[] {fields[0].strip(), title});
                }
            }
        }
        return out;
    }

    /** printedTitle as it was written with regexes. */
    private static String printedTitleByRegex(String line) {
        String s = line.strip().replaceAll("^[\\s\\u3000]+", "");
        String withoutLabel = LEADING_LABEL.matcher(s.replaceAll("\\s+", "")).replaceFirst("");
        return withoutLabel.isEmpty() ? s : withoutLabel;
    }

    private static String randomText(Random random, String alphabet, int maxLength) {
        int n = random.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
