package io.gongkai.author;

import io.gongkai.author.input.BudgetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The example budgets shipped with Gongkai (resources under io/gongkai/author/examples). */
public final class BudgetExamples {

    /** The resource path of the county agriculture bureau's 2024 budget: 63 line items, 8 projects, 3 units. */
    public static final String COUNTY_AGRICULTURE = "/io/gongkai/author/examples/county-agriculture-2024.json";

    private BudgetExamples() {
    }

    /** 示例县农业农村局 2024: a county department with two 事业单位, a fund-financed project and carry-over. */
    public static BudgetData countyAgriculture() {
        try (InputStream in = BudgetExamples.class.getResourceAsStream(COUNTY_AGRICULTURE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COUNTY_AGRICULTURE);
            }
            return new BudgetJson().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BudgetDataException e) {
            throw new IllegalStateException("the shipped example is invalid: " + e.getMessage(), e);
        }
    }
}
