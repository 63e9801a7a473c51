package io.gongkai.author;

import java.util.List;
import java.util.Objects;

/**
 * A department's budget as structured data: the one input from which {@link io.gongkai.author.derive.ReportAuthor}
 * derives the whole disclosure. Amounts are exact 元. Read it from JSON ({@link io.gongkai.author.input.BudgetJson})
 * or from the XLSX template ({@link io.gongkai.author.input.BudgetWorkbook}); check it with
 * {@link BudgetDataValidator} before deriving.
 *
 * @param year the budget year
 * @param unit the department and its units
 * @param lineItems the budget lines (预算明细)
 * @param projects the projects' descriptions and goals (each named by line items)
 * @param fundIncome table 7 rows (政府性基金预算收入); empty for a table with the 合计 only
 * @param soeIncome table 9 income rows (国有资本经营预算收入); empty for the 合计 only
 * @param other last year's figures, reasons, procurement, assets
 */
public record BudgetData(int year, UnitFacts unit, List<LineItem> lineItems, List<ProjectPlan> projects,
                         List<IncomeItem> fundIncome, List<IncomeItem> soeIncome, OtherFacts other) {

    public BudgetData {
        Objects.requireNonNull(unit, "unit");
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        projects = projects == null ? List.of() : List.copyOf(projects);
        fundIncome = fundIncome == null ? List.of() : List.copyOf(fundIncome);
        soeIncome = soeIncome == null ? List.of() : List.copyOf(soeIncome);
        other = other == null ? OtherFacts.NONE : other;
    }

    /** The name of the unit a line item or project belongs to: the department when it names none. */
    public String unitOf(String unitName) {
        return unitName == null ? unit.name() : unitName;
    }
}
