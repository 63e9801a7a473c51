package io.gongkai.rules.classification;

import io.gongkai.catalog.classification.Classification;
import io.gongkai.catalog.classification.ClassificationCatalog;
import io.gongkai.catalog.classification.ClassificationLevel;
import io.gongkai.rules.support.NameCache;
import io.gongkai.rules.support.TextMemo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Internal helper shared by the classification, arithmetic and cross-table rules: the functional catalogue of a
 * report's year and the 类 that a printed row name (一、一般公共服务支出) stands for. Thread-safe.
 */
public final class FunctionClasses {

    /** The catalogue year used when the report's own year has no catalogue. */
    public static final int FALLBACK_YEAR = 2024;

    private static final String NUMERAL = "[一二三四五六七八九十百零〇0-9]{1,4}";
    /** 一、 十六、 （一） (1) 1. — a bare numeral only with its separator, so 一般… keeps its 一. */
    private static final Pattern ORDINAL = Pattern.compile(
            "^\\s*(?:[（(]" + NUMERAL + "[)）]|" + NUMERAL + "\\s*[、.．,，:：])\\s*");

    private FunctionClasses() {
    }

    /** The functional catalogue of the year, or the 2024 catalogue when that year has none. */
    public static ClassificationCatalog catalogue(int year) {
        if (year != FALLBACK_YEAR) {
            try {
                return ClassificationCatalog.functional(year);
            } catch (IllegalArgumentException noSuchYear) {
                return ClassificationCatalog.functional(FALLBACK_YEAR);
            }
        }
        return ClassificationCatalog.functional(FALLBACK_YEAR);
    }

    /** The name without its printed ordinal: 十六、商业服务业等支出 → 商业服务业等支出. */
    public static String stripOrdinal(String name) {
        return name == null ? "" : STRIPPED.apply(name);
    }

    private static final NameCache STRIPPED = new NameCache(
            name -> ORDINAL.matcher(name).replaceFirst("").strip());

    /** The 类 a printed name (ordinal allowed) stands for, when it names one. */
    public static Optional<Classification> classNamed(ClassificationCatalog catalogue, String name) {
        if (name == null) {
            return lookUp(catalogue, null);
        }
        return CLASSES.computeIfAbsent(catalogue, c -> new TextMemo<>(n -> lookUp(c, n))).apply(name);
    }

    /** The 类 by printed name, per catalogue (a handful: one per year): table rows are looked up again and again. */
    private static final Map<ClassificationCatalog, TextMemo<Optional<Classification>>> CLASSES =
            new ConcurrentHashMap<>();

    /**
     * The 类 code of a row of tables 1 and 4, which print the 类 by code, or by name with or without an ordinal
     * (一、一般公共服务支出) and sometimes without the final 支出.
     */
    public static Optional<String> codeOf(io.gongkai.model.TableRow row, int year) {
        String code = row.code() == null ? null : row.code().strip();
        if (code != null && !code.isEmpty()) {
            return code.length() == 3 && code.chars().allMatch(Character::isDigit) ? Optional.of(code)
                    : Optional.empty();
        }
        String name = stripOrdinal(row.name());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        ClassificationCatalog catalogue = catalogue(year);
        Optional<Classification> found = classNamed(catalogue, name);
        if (found.isEmpty() && !name.endsWith("支出")) {
            found = classNamed(catalogue, name + "支出");
        }
        return found.map(Classification::code);
    }

    /**
     * Whether the code exists and the name is its official name or a recorded variant of it, as
     * {@link ClassificationCatalog#hasName} says; the entries of a name are looked up once per catalogue and
     * printed name (normalising the name was most of the cost).
     */
    public static boolean hasName(ClassificationCatalog catalogue, String code, String name) {
        Optional<Classification> entry = catalogue.byCode(code);
        if (entry.isEmpty()) {
            return false;
        }
        List<Classification> named = name == null ? catalogue.byName(null)
                : BY_NAME.computeIfAbsent(catalogue, c -> new TextMemo<>(c::byName)).apply(name);
        // The catalogue's entries by name are its entries by code, so identity decides almost every row; equality
        // still decides when identity does not (the same answer as List.contains).
        Classification wanted = entry.get();
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i) == wanted) {
                return true;
            }
        }
        return named.contains(wanted);
    }

    /** The entries by printed name, per catalogue. */
    private static final Map<ClassificationCatalog, TextMemo<List<Classification>>> BY_NAME =
            new ConcurrentHashMap<>();

    private static Optional<Classification> lookUp(ClassificationCatalog catalogue, String name) {
        return catalogue.byName(stripOrdinal(name)).stream()
                .filter(c -> c.level() == ClassificationLevel.CLASS).findFirst();
    }
}
