package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.Arrays;

/**
 * The carry-over that table 13 does not list as projects is basic carry-over, so table 3's 基本支出 合计 is this
 * year's fiscal 基本支出 (tables 5, 8, 9) plus 上年结转 less table 13's 合计. Seed 004 shows it: 上年结转 132.48 =
 * 131.30 of carried-over projects + 1.18 basic carry-over in 行政运行. Checked only where all money is fiscal
 * (no 财政专户管理资金 or 单位资金, all carry-over fiscal), since other sources' basic part is not published.
 */
@RuleDoc(id = "XTAB-024", title = "表3基本支出等于当年财政拨款基本支出加基本支出结转（上年结转减表13）",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "上年结转资金中不属于表13结转项目的部分只能是基本支出结转；支出总表的基本支出若不等于当年基本支出加这部分结转，"
                + "说明结转资金在基本支出和项目支出间的划分或表13的项目清单有误。",
        basis = "DOMAIN.md 恒等式6；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class BasicCarryoverMatchesBasicExpenditureRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figure basic = t.totalFigure(TableType.EXPENDITURE_SUMMARY, Side.NONE, Columns.BASIC);
        Figure fiscalBasic = t.totalFigure(TableType.GPB_EXPENDITURE, Side.NONE, Columns.BASIC);
        Figure projects = t.projectTotal(TableType.PROJECTS_CARRYOVER, Columns.TOTAL);
        Figure carryover = t.carryover();
        if (basic == null || fiscalBasic == null || projects == null || carryover == null || !allFiscal(t)) {
            return;
        }
        Figure fund = t.totalFigure(TableType.FUND_EXPENDITURE, Side.NONE, Columns.BASIC);
        Figure soe = t.totalFigure(TableType.SOE_BUDGET, Side.EXPENDITURE, Columns.BASIC);
        if (fund == null && nonZero(t.incomeTotal(Columns.FUND))
                || soe == null && nonZero(t.incomeTotal(Columns.SOE))) {
            return;
        }
        Figure expected = fiscalBasic;
        for (Figure part : new Figure[] {fund, soe}) {
            if (part != null && part.terms().get(0).present()) {
                expected = expected.plus(part);
            }
        }
        Figures.agree(sink, Arrays.asList(basic, expected.plus(carryover).minus(projects)),
                "表3基本支出应等于当年财政拨款基本支出加基本支出结转（上年结转减表13上年结转项目）");
    }

    /** No 财政专户管理资金 or 单位资金 this year, and table 4's fiscal carry-over is all the carry-over. */
    private static boolean allFiscal(BudgetTables t) {
        Figure special = t.incomeTotal(Columns.SPECIAL);
        Figure unit = t.incomeTotal(Columns.UNIT);
        if (special == null || unit == null || nonZero(special) || nonZero(unit)) {
            return false;
        }
        Figure fiscalCarry = t.fiscal().flatMap(f -> f.income(RowKeys.CARRYOVER))
                .map(r -> Figure.cell(4, r, Columns.AMOUNT)).orElse(null);
        return fiscalCarry == null || !Figures.compare(fiscalCarry, t.carryover()).contradicts();
    }

    private static boolean nonZero(Figure figure) {
        return figure != null && figure.value().signum() != 0;
    }
}
