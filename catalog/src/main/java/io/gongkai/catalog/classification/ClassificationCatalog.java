package io.gongkai.catalog.classification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A classification catalogue (科目表) for one scheme and year, with look-ups by code, by name and along
 * the hierarchy. The reference data live in tab-separated resource files next to this class; each file
 * is read once, on first use. Instances are immutable and thread-safe, and every look-up is a hash-map
 * access.
 */
public final class ClassificationCatalog {
    /** The edition of the economic classifications held (the scheme is unchanged since 2018). */
    public static final int ECONOMIC_YEAR = 2024;

    private static final Map<Integer, ClassificationCatalog> FUNCTIONAL = new ConcurrentHashMap<>();

    private final ClassificationScheme scheme;
    private final int year;
    private final Map<String, Classification> byCode;
    private final Map<String, List<Classification>> byName;
    private final Map<String, List<Classification>> children;

    private ClassificationCatalog(ClassificationScheme scheme, int year, List<Classification> entries,
            Map<String, List<String>> aliases) {
        this.scheme = scheme;
        this.year = year;
        Map<String, Classification> codes = new LinkedHashMap<>();
        Map<String, List<Classification>> names = new HashMap<>();
        Map<String, List<Classification>> kids = new HashMap<>();
        for (Classification entry : entries) {
            if (codes.putIfAbsent(entry.code(), entry) != null) {
                throw new IllegalStateException(scheme + " " + year + ": duplicate code " + entry.code());
            }
            index(names, ClassificationNames.normalise(entry.name()), entry);
            if (entry.parentCode() != null) {
                index(kids, entry.parentCode(), entry);
            }
        }
        aliases.forEach((code, list) -> {
            Classification entry = codes.get(code);
            if (entry == null) {
                throw new IllegalStateException(scheme + ": alias for unknown code " + code);
            }
            list.forEach(alias -> index(names, ClassificationNames.normalise(alias), entry));
        });
        this.byCode = Collections.unmodifiableMap(codes);
        this.byName = freeze(names);
        this.children = freeze(kids);
    }

    /** The functional classification (支出功能分类科目) of a budget year. */
    public static ClassificationCatalog functional(int year) {
        return FUNCTIONAL.computeIfAbsent(year, ClassificationCatalog::loadFunctional);
    }

    /** The departmental economic classification (部门预算支出经济分类科目, 301…399). */
    public static ClassificationCatalog economicDepartment() {
        return EconomicHolder.DEPARTMENT;
    }

    /** The government economic classification (政府预算支出经济分类科目, 501…599). */
    public static ClassificationCatalog economicGovernment() {
        return EconomicHolder.GOVERNMENT;
    }

    /** The scheme of this catalogue. */
    public ClassificationScheme scheme() {
        return scheme;
    }

    /** The catalogue year. */
    public int year() {
        return year;
    }

    /** The entry with this code; the code is taken as printed, surrounding whitespace ignored. */
    public Optional<Classification> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    /** Whether the catalogue has this code. */
    public boolean exists(String code) {
        return byCode(code).isPresent();
    }

    /**
     * The entries with this name or a recorded variant of it, compared after
     * {@link ClassificationNames#normalise normalisation}; several when a name recurs (行政运行).
     */
    public List<Classification> byName(String name) {
        return name == null ? List.of() : byName.getOrDefault(ClassificationNames.normalise(name), List.of());
    }

    /** Whether the code exists and the name is its official name or a recorded variant of it. */
    public boolean hasName(String code, String name) {
        Optional<Classification> entry = byCode(code);
        return entry.isPresent() && byName(name).contains(entry.get());
    }

    /** The entry one level up from the code, empty for a 类 or an unknown code. */
    public Optional<Classification> parent(String code) {
        return byCode(code).flatMap(Classification::parent).flatMap(this::byCode);
    }

    /** The entries directly under the code, in catalogue order; empty for a leaf or an unknown code. */
    public List<Classification> children(String code) {
        return code == null ? List.of() : children.getOrDefault(code.strip(), List.of());
    }

    /** Every entry, in catalogue order. */
    public Collection<Classification> all() {
        return byCode.values();
    }

    /** The number of entries. */
    public int size() {
        return byCode.size();
    }

    @Override
    public String toString() {
        return scheme.label() + " " + year + " (" + size() + " entries)";
    }

    private static ClassificationCatalog loadFunctional(int year) {
        String resource = "functional-" + year + ".tsv";
        List<String[]> rows = CatalogResources.rows(resource, 3).orElseThrow(() ->
                new IllegalArgumentException("no functional classification catalogue for year " + year
                        + " (expected resource " + resource + " in " + packagePath() + ")"));
        return load(ClassificationScheme.FUNCTIONAL, year, rows);
    }

    static ClassificationCatalog load(ClassificationScheme scheme, int year, List<String[]> rows) {
        List<Classification> entries = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            ClassificationLevel level = ClassificationLevel.ofCode(row[0]).orElseThrow(() ->
                    new IllegalStateException(scheme + " " + year + ": not a classification code: " + row[0]));
            entries.add(new Classification(row[0], row[1], level, row[2].isEmpty() ? null : row[2], year));
        }
        return new ClassificationCatalog(scheme, year, entries, Aliases.of(scheme));
    }

    private static String packagePath() {
        return ClassificationCatalog.class.getPackageName().replace('.', '/');
    }

    private static void index(Map<String, List<Classification>> map, String key, Classification entry) {
        List<Classification> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(entry)) {
            list.add(entry);
        }
    }

    private static Map<String, List<Classification>> freeze(Map<String, List<Classification>> map) {
        Map<String, List<Classification>> frozen = new HashMap<>();
        map.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
        return Collections.unmodifiableMap(frozen);
    }

    /** Lazy, thread-safe holder of the economic catalogues (initialised on first access). */
    private static final class EconomicHolder {
        static final ClassificationCatalog DEPARTMENT = load(ClassificationScheme.ECONOMIC_DEPARTMENT,
                ECONOMIC_YEAR, CatalogResources.requiredRows("economic-department.tsv", 3));
        static final ClassificationCatalog GOVERNMENT = load(ClassificationScheme.ECONOMIC_GOVERNMENT,
                ECONOMIC_YEAR, CatalogResources.requiredRows("economic-government.tsv", 3));
    }
}
