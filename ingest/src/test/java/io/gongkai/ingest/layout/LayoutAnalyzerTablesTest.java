package io.gongkai.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.TextLoader;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LayoutAnalyzer#mayFindTables}, which lets the reader skip the final-accounts pass over a budget: when it
 * says no, the pass finds no table; over the budget seeds and fixtures (but 004, whose 职责 text holds 代表 and
 * 决议) it says no, over the final accounts yes.
 */
class LayoutAnalyzerTablesTest {

    private static final LayoutAnalyzer BUDGET = new LayoutAnalyzer(TableTitles.budget());
    private static final LayoutAnalyzer FINAL_ACCOUNTS = new LayoutAnalyzer(TableTitles.finalAccounts());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/seeds/000_c275e096c8611f2e.txt", "/seeds/001_2dc8c89a6b4bfa48.txt",
        "/seeds/003_fb039c7f287ddd42.txt", "/seeds/004_741ea1e83a699561.txt", "/fixtures/fixture-a-9tables.txt",
        "/fixtures/fixture-b-8tables.txt", "/fixtures/fixture-c-final-9tables.txt"})
    void noTableIsFoundWhereNoneMayBe(String resource) throws Exception {
        List<SourceLine> lines = lines(resource);
        boolean finalAccounts = resource.contains("003_") || resource.contains("final");
        for (LayoutAnalyzer layout : List.of(BUDGET, FINAL_ACCOUNTS)) {
            if (!layout.mayFindTables(lines)) {
                assertThat(layout.analyze(lines).tables()).isEmpty();
            }
        }
        assertThat(FINAL_ACCOUNTS.mayFindTables(lines)).isEqualTo(finalAccounts || resource.contains("004_"));
        assertThat(FINAL_ACCOUNTS.analyze(lines).tables().isEmpty()).isEqualTo(!finalAccounts);
        assertThat(BUDGET.mayFindTables(lines)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"二、收入决算表", "部门名称：某局\t2023年度\n一般公共预算财政拨款支出决算表", "相关信息统计表"})
    void aFinalAccountsTitleAnywhereMayBeATable(String text) {
        List<SourceLine> lines = TextLoader.lines("test.txt", "前言\n" + text + "\n合计\t1.00\n");
        assertThat(FINAL_ACCOUNTS.mayFindTables(lines)).isTrue();
        assertThat(FINAL_ACCOUNTS.analyze(lines).tables()).isNotEmpty();
    }

    private static List<SourceLine> lines(String resource) throws Exception {
        try (InputStream in = LayoutAnalyzerTablesTest.class.getResourceAsStream(resource)) {
            return TextLoader.load(resource, in.readAllBytes());
        }
    }
}
