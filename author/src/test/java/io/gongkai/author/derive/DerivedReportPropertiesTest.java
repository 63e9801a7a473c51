package io.gongkai.author.derive;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.author.BudgetData;
import io.gongkai.author.BudgetDataValidator;
import io.gongkai.author.ExpenditureNature;
import io.gongkai.author.FundSource;
import io.gongkai.author.LineItem;
import io.gongkai.author.synthetic.SyntheticBudgets;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.Rounding;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.Summary;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random valid budgets (codes from the catalogues, random amounts, units, projects, carry-over) run through the
 * derivation and the real checker: no ERROR and no WARNING, every displayed figure is the exact yuan behind it
 * rounded half-up (recomputed here from the line items, not taken from the derivation), and the identities
 * between displayed figures hold within the rounding of their parts.
 */
class DerivedReportPropertiesTest {

    private static final int YEAR = 2024;
    private static final SyntheticBudgets BUDGETS = new SyntheticBudgets(YEAR);
    private static final Checker CHECKER = Checker.standard();

    @Property(tries = 150, seed = PropertySeeds.CI)
    void everyDerivedReportPassesEveryRule(@ForAll long seed) {
        BudgetData data = BUDGETS.generate(YEAR, seed);
        assertThat(new BudgetDataValidator().validate(data, BudgetDataValidator.Locator.JSON)).isEmpty();
        Report report = new ReportAuthor().deriveValid(data);

        List<Finding> serious = CHECKER.check(report).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).toList();
        assertThat(serious).as("seed %d", seed).extracting(f -> f.rule() + " " + f.message()).isEmpty();
    }

    @Property(tries = 150, seed = PropertySeeds.CI)
    void displayedFiguresAreTheExactYuanRounded(@ForAll long seed) {
        BudgetData data = BUDGETS.generate(YEAR, seed);
        Report report = new ReportAuthor().deriveValid(data);
        List<LineItem> items = data.lineItems();
        Predicate<LineItem> current = i -> !i.carryover();
        Predicate<LineItem> gpb = i -> i.source() == FundSource.GENERAL_PUBLIC_BUDGET;
        Predicate<LineItem> basic = i -> i.nature() == ExpenditureNature.BASIC;
        Predicate<LineItem> project = i -> i.nature() == ExpenditureNature.PROJECT;

        Summary s = report.summary();
        assertThat(s.incomeTotal()).isEqualTo(wan(items, i -> true));
        assertThat(s.expenditureTotal()).isEqualTo(wan(items, i -> true));
        assertThat(s.currentIncome()).isEqualTo(wan(items, current));
        assertThat(s.carryover()).isEqualTo(wan(items, LineItem::carryover));
        assertThat(s.basicExpenditure()).isEqualTo(wan(items, basic));
        assertThat(s.projectExpenditure()).isEqualTo(wan(items, project));
        assertThat(s.gpbTotal()).isEqualTo(wan(items, current.and(gpb)));
        assertThat(s.gpbBasic()).isEqualTo(wan(items, current.and(gpb).and(basic)));
        assertThat(s.projectTotal()).isEqualTo(wan(items, current.and(project)));
        assertThat(s.carryoverProjectTotal()).isEqualTo(wan(items, project.and(LineItem::carryover)));

        DisclosureTable t3 = report.table(TableType.EXPENDITURE_SUMMARY).orElseThrow();
        for (TableRow row : t3.rows()) {
            String code = row.code() == null ? "" : row.code();
            Predicate<LineItem> ofCode = i -> i.functionCode().startsWith(code);
            assertThat(row.amount(Columns.TOTAL)).as(code).isEqualByComparingTo(wan(items, ofCode));
            assertThat(row.amount(Columns.BASIC)).as(code).isEqualByComparingTo(wan(items, ofCode.and(basic)));
            assertThat(Rounding.sumMatches(row.amount(Columns.TOTAL),
                    List.of(row.amount(Columns.BASIC), row.amount(Columns.PROJECT)))).as(code).isTrue();
        }
        DisclosureTable t1 = report.table(TableType.BUDGET_SUMMARY).orElseThrow();
        BigDecimal current1 = t1.row(Side.INCOME, RowKeys.CURRENT_INCOME_TOTAL).orElseThrow().amount(Columns.AMOUNT);
        BigDecimal carry1 = t1.row(Side.INCOME, RowKeys.CARRYOVER).orElseThrow().amount(Columns.AMOUNT);
        assertThat(Rounding.sumMatches(s.incomeTotal(), List.of(current1, carry1))).isTrue();
        assertThat(Rounding.sumMatches(s.gpbTotal(), List.of(s.gpbBasic(), s.gpbProject()))).isTrue();
        assertThat(Rounding.sumMatches(s.gpbBasic(), List.of(s.personnel(), s.publicExpense()))).isTrue();
    }

    private static BigDecimal wan(List<LineItem> items, Predicate<LineItem> which) {
        BigDecimal yuan = items.stream().filter(which).map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return yuan.divide(new BigDecimal("10000")).setScale(2, RoundingMode.HALF_UP);
    }
}
