package io.gongkai.catalog.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The correspondence 部门预算支出经济分类 款 → 政府预算支出经济分类 款 (两套支出经济分类科目对照), which
 * depends on the kind of unit: 基本工资 is 工资奖金津补贴 for a 机关 and 工资福利支出 for a 事业单位.
 * Table 6 of a budget disclosure prints both names side by side, so this is what checks that pairing.
 * Read once from {@code economic-mapping.tsv}; immutable and thread-safe.
 */
public final class EconomicMapping {
    private final ClassificationCatalog department;
    private final ClassificationCatalog government;
    private final Map<String, Map<UnitKind, Classification>> byDepartmentCode;

    private EconomicMapping(ClassificationCatalog department, ClassificationCatalog government,
            List<String[]> rows) {
        this.department = department;
        this.government = government;
        Map<String, Map<UnitKind, Classification>> map = new HashMap<>();
        for (String[] row : rows) {
            Classification from = require(department, row[0]);
            Classification to = require(government, row[2]);
            if (from.level() != ClassificationLevel.SECTION || to.level() != ClassificationLevel.SECTION) {
                throw new IllegalStateException("economic mapping is between 款 only: " + String.join(" ", row));
            }
            Map<UnitKind, Classification> byKind = map.computeIfAbsent(from.code(),
                    c -> new EnumMap<>(UnitKind.class));
            for (UnitKind kind : kinds(row[1])) {
                if (byKind.put(kind, to) != null) {
                    throw new IllegalStateException("economic mapping repeats " + from.code() + " for " + kind);
                }
            }
        }
        map.replaceAll((code, byKind) -> Collections.unmodifiableMap(byKind));
        this.byDepartmentCode = Collections.unmodifiableMap(map);
    }

    /** The standard mapping of the current economic classifications. */
    public static EconomicMapping standard() {
        return Holder.STANDARD;
    }

    /** The 政府 款 that a 部门 款 maps to for a kind of unit, empty when the code or pair is unmapped. */
    public Optional<Classification> governmentFor(String departmentCode, UnitKind kind) {
        Map<UnitKind, Classification> byKind = departmentCode == null ? null
                : byDepartmentCode.get(departmentCode.strip());
        return byKind == null ? Optional.empty() : Optional.ofNullable(byKind.get(kind));
    }

    /** The 部门 款 that map to a 政府 款 for a kind of unit, in 部门 code order. */
    public List<Classification> departmentFor(String governmentCode, UnitKind kind) {
        List<Classification> result = new ArrayList<>();
        for (Classification entry : department.all()) {
            governmentFor(entry.code(), kind)
                    .filter(to -> to.code().equals(governmentCode))
                    .ifPresent(to -> result.add(entry));
        }
        return result;
    }

    /**
     * The names of the 政府 款 that a 部门 款, given by name, may map to for any kind of unit; empty
     * when the name is not a mapped 部门 款.
     */
    public Set<String> governmentNamesFor(String departmentName) {
        Set<String> names = new LinkedHashSet<>();
        for (Classification from : departmentSections(departmentName)) {
            for (UnitKind kind : UnitKind.values()) {
                governmentFor(from.code(), kind).ifPresent(to -> names.add(to.name()));
            }
        }
        return names;
    }

    /**
     * The kinds of unit for which a printed pair (部门 name, 政府 name) is correct; empty when the pair
     * is wrong for every kind. Table 6 of a 行政单位 with attached 事业单位 legitimately shows both.
     */
    public Set<UnitKind> kindsFor(String departmentName, String governmentName) {
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        List<Classification> targets = sections(government, governmentName);
        for (Classification from : departmentSections(departmentName)) {
            for (UnitKind kind : UnitKind.values()) {
                governmentFor(from.code(), kind).filter(targets::contains).ifPresent(to -> kinds.add(kind));
            }
        }
        return kinds;
    }

    /** Whether a printed pair (部门 name, 政府 name) is correct for some kind of unit. */
    public boolean isConsistent(String departmentName, String governmentName) {
        return !kindsFor(departmentName, governmentName).isEmpty();
    }

    private List<Classification> departmentSections(String name) {
        return sections(department, name);
    }

    private static List<Classification> sections(ClassificationCatalog catalog, String name) {
        List<Classification> result = new ArrayList<>();
        for (Classification entry : catalog.byName(name)) {
            if (entry.level() == ClassificationLevel.SECTION) {
                result.add(entry);
            }
        }
        return result;
    }

    private static Classification require(ClassificationCatalog catalog, String code) {
        return catalog.byCode(code).orElseThrow(() -> new IllegalStateException(
                "economic mapping names " + code + ", which is not in " + catalog));
    }

    private static Set<UnitKind> kinds(String column) {
        if ("ALL".equals(column)) {
            return EnumSet.allOf(UnitKind.class);
        }
        return EnumSet.of(UnitKind.valueOf(column));
    }

    /** Lazy, thread-safe holder of the standard mapping. */
    private static final class Holder {
        static final EconomicMapping STANDARD = new EconomicMapping(ClassificationCatalog.economicDepartment(),
                ClassificationCatalog.economicGovernment(),
                CatalogResources.requiredRows("economic-mapping.tsv", 3));
    }
}
