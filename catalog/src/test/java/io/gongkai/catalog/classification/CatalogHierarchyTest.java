package io.gongkai.catalog.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Structural consistency of every catalogue: levels, parents, prefixes and names. */
class CatalogHierarchyTest {

    static Stream<ClassificationCatalog> catalogues() {
        return Stream.of(ClassificationCatalog.functional(2024), ClassificationCatalog.economicDepartment(),
                ClassificationCatalog.economicGovernment());
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void everyEntryHangsUnderAnEntryOneLevelUpWithItsPrefix(ClassificationCatalog catalog) {
        for (Classification entry : catalog.all()) {
            if (entry.level() == ClassificationLevel.CLASS) {
                assertThat(catalog.parent(entry.code())).as(entry.code()).isEmpty();
                continue;
            }
            Classification parent = catalog.parent(entry.code()).orElseThrow(
                    () -> new AssertionError("no parent for " + entry.code()));
            assertThat(parent.level()).as(entry.code()).isEqualTo(entry.level().parent().orElseThrow());
            assertThat(entry.code()).startsWith(parent.code());
            assertThat(catalog.children(parent.code())).as(parent.code()).contains(entry);
        }
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void childrenAreExactlyTheEntriesOneLevelDown(ClassificationCatalog catalog) {
        for (Classification entry : catalog.all()) {
            assertThat(catalog.children(entry.code())).as(entry.code()).allSatisfy(child -> {
                assertThat(child.parentCode()).isEqualTo(entry.code());
                assertThat(child.level().parent()).contains(entry.level());
            });
        }
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void namesAreCleanAndSiblingsAreDistinct(ClassificationCatalog catalog) {
        for (Classification entry : catalog.all()) {
            assertThat(entry.name()).as(entry.code()).isNotBlank().doesNotContain("\t").isEqualTo(entry.name().strip());
            assertThat(entry.year()).isEqualTo(catalog.year());
        }
        for (Classification entry : catalog.all()) {
            List<Classification> siblings = catalog.children(entry.code());
            Set<String> names = new HashSet<>();
            siblings.forEach(s -> assertThat(names.add(s.name())).as("sibling names under %s", entry.code()).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void otherCodesEndIn99AndAreNamedOther(ClassificationCatalog catalog) {
        assertThat(catalog.all())
                .filteredOn(c -> c.level() != ClassificationLevel.CLASS && c.code().endsWith("99"))
                .allSatisfy(c -> assertThat(c.name()).as(c.code()).containsAnyOf("其他", "其它"));
    }
}
