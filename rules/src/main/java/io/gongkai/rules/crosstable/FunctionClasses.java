package io.gongkai.rules.crosstable;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.catalog.classification.ClassificationLevel;
import io.gongkai.model.TableRow;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the 类 code of a row of tables 1 and 4, which print the 类 by name with an ordinal
 * (一、一般公共服务支出) or, in some templates, by name alone or with the code.
 */
final class FunctionClasses {

    private static final int CATALOG_YEAR = 2024;
    private static final Pattern ORDINAL = Pattern.compile(
            "^\\s*(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十\\d]+\\s*[、.．])\\s*");

    private FunctionClasses() {
    }

    /** The 类 code of a row, when its code or name says which 类 it is. */
    static Optional<String> codeOf(TableRow row, int year) {
        String code = row.code();
        if (code != null && code.strip().length() == 3 && CodedRows.isFunctionCode(code.strip())) {
            return Optional.of(code.strip());
        }
        if (code != null && !code.isBlank()) {
            return Optional.empty();
        }
        String byName = BY_NAME.apply(year + "|" + (row.name() == null ? "" : row.name()));
        return byName.isEmpty() ? Optional.empty() : Optional.of(byName);
    }

    /** Class codes by "year|printed name", "" for none: rows of tables 1 and 4 are looked up again and again. */
    private static final io.gongkai.rules.support.NameCache BY_NAME = new io.gongkai.rules.support.NameCache(
            key -> lookUp(key.substring(0, key.indexOf('|')), key.substring(key.indexOf('|') + 1)).orElse(""));

    private static Optional<String> lookUp(String yearText, String printed) {
        int year = Integer.parseInt(yearText);
        String name = ORDINAL.matcher(printed).replaceFirst("").strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        ClassificationCatalog catalog = catalog(year);
        Optional<String> found = classByName(catalog, name);
        if (found.isEmpty() && !name.endsWith("支出")) {
            found = classByName(catalog, name + "支出");
        }
        return found;
    }

    private static Optional<String> classByName(ClassificationCatalog catalog, String name) {
        List<Classification> entries = catalog.byName(name);
        return entries.stream().filter(c -> c.level() == ClassificationLevel.CLASS).map(Classification::code)
                .findFirst();
    }

    private static ClassificationCatalog catalog(int year) {
        try {
            return ClassificationCatalog.functional(year);
        } catch (IllegalArgumentException noSuchYear) {
            return ClassificationCatalog.functional(CATALOG_YEAR);
        }
    }
}
