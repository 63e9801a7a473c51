package io.gongkai.author.input;

import io.gongkai.author.BudgetData;
import io.gongkai.author.BudgetDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Budget data as an Excel workbook: {@link #writeTemplate} writes the template people fill in (instructions, a
 * sheet per kind of data, dropdowns of catalogue codes, number validation), {@link #read} reads it back with every
 * problem located by cell. Stateless and thread-safe; each call uses its own workbook.
 */
public final class BudgetWorkbook {

    /** An empty template for the budget year. */
    public void writeTemplate(int year, OutputStream out) throws IOException {
        new BudgetTemplateWriter().write(year, null, out);
    }

    /** The template filled with the data (so JSON and the workbook hold the same budget). */
    public void write(BudgetData data, OutputStream out) throws IOException {
        new BudgetTemplateWriter().write(data.year(), data, out);
    }

    /** Reads a filled template; every wrong code, choice or number is reported with its cell. */
    public BudgetData read(InputStream in) throws BudgetDataException {
        return new BudgetWorkbookReader().read(in);
    }
}
