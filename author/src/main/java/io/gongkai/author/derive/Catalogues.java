package io.gongkai.author.derive;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.catalog.classification.ClassificationLevel;
import java.util.List;

/** The classification catalogues a budget year is derived with. */
public final class Catalogues {

    /** The catalogue year used when the budget's own year has none. */
    public static final int FALLBACK_YEAR = 2024;

    private Catalogues() {
    }

    /** The functional classification of the year, or of {@link #FALLBACK_YEAR} when that year has none. */
    public static ClassificationCatalog functional(int year) {
        try {
            return ClassificationCatalog.functional(year);
        } catch (IllegalArgumentException noSuchYear) {
            return ClassificationCatalog.functional(FALLBACK_YEAR);
        }
    }

    /** The 类 of the functional classification in catalogue order (the 30 expenditure rows of tables 1 and 4). */
    public static List<Classification> functionClasses(int year) {
        return functional(year).all().stream().filter(c -> c.level() == ClassificationLevel.CLASS).toList();
    }

    /** The official name of a functional code, or the code itself when the catalogue lacks it. */
    public static String functionName(int year, String code) {
        return functional(year).byCode(code).map(Classification::name).orElse(code);
    }
}
