package io.gongkai.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checkstyle's AllChecksTest for this catalogue: every rule class is documented, registered, stateless and
 * tested by a test class of its own with a case where it fires and one where it stays silent.
 */
class AllRulesTest {

    private static final Pattern ID = Pattern.compile("[A-Z]+-\\d{3}");
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.gongkai.rules");

    private static List<Class<?>> ruleClasses() {
        return MAIN.stream().filter(c -> (c.isAssignableTo(Rule.class)
                        || c.isAssignableTo(io.gongkai.rules.linkage.PairRule.class)) && !c.isInterface()
                        && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                .map(JavaClass::reflect).collect(Collectors.toList());
    }

    @Test
    void theCatalogueHasAtLeastEightyRulesInEveryCategory() {
        assertThat(RuleRegistry.all()).hasSizeGreaterThanOrEqualTo(80);
        Set<Category> categories = RuleRegistry.all().stream().map(r -> r.doc().category())
                .collect(Collectors.toSet());
        assertThat(categories).contains(Category.ARITHMETIC, Category.CROSS_TABLE, Category.NARRATIVE,
                Category.COMPLETENESS, Category.PERFORMANCE, Category.CLASSIFICATION, Category.ASSETS);
        assertThat(RuleRegistry.pairRules()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.doc().category()).isEqualTo(Category.LINKAGE));
    }

    @Test
    void linkageRulesNeverRunOnASingleReport() {
        assertThat(RuleRegistry.pairRules()).allSatisfy(r -> assertThat(r.doc().kinds()).isEmpty());
        assertThat(RuleRegistry.all()).allSatisfy(r -> assertThat(r.doc().category()).isNotEqualTo(Category.LINKAGE));
    }

    @Test
    void everyRuleIsDocumented() {
        for (Class<?> c : ruleClasses()) {
            RuleDoc doc = c.getAnnotation(RuleDoc.class);
            assertThat(doc).as("@RuleDoc on %s", c.getSimpleName()).isNotNull();
            assertThat(doc.id()).as("id of %s", c.getSimpleName()).matches(ID);
            assertThat(List.of(doc.title(), doc.rationale(), doc.basis())).as("texts of %s", doc.id())
                    .allSatisfy(text -> assertThat(text).isNotBlank());
        }
    }

    @Test
    void idsAreUnique() {
        List<String> ids = RuleRegistry.docs().stream().map(RuleDoc::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void everyRuleClassIsRegistered() {
        Set<Class<?>> registered = new HashSet<>(RuleRegistry.all().stream().map(Object::getClass).toList());
        RuleRegistry.pairRules().forEach(r -> registered.add(r.getClass()));
        assertThat(registered).containsAll(ruleClasses());
    }

    @Test
    void rulesHaveNoMutableState() {
        for (Class<?> c : ruleClasses()) {
            for (Field f : c.getDeclaredFields()) {
                assertThat(Modifier.isFinal(f.getModifiers()))
                        .as("field %s of %s must be final (rules are stateless)", f.getName(), c.getSimpleName())
                        .isTrue();
            }
        }
    }

    @Test
    void everyRuleHasATestWhereItFiresAndOneWhereItStaysSilent() throws Exception {
        Set<String> missing = new HashSet<>();
        for (Class<?> c : ruleClasses()) {
            Class<?> test;
            try {
                test = Class.forName(c.getName() + "Test");
            } catch (ClassNotFoundException e) {
                missing.add(c.getSimpleName() + "Test");
                continue;
            }
            List<String> methods = Arrays.stream(test.getDeclaredMethods()).map(Method::getName).toList();
            if (methods.stream().noneMatch(m -> m.startsWith("fires"))) {
                missing.add(test.getSimpleName() + ".fires…");
            }
            if (methods.stream().noneMatch(m -> m.startsWith("staysSilent"))) {
                missing.add(test.getSimpleName() + ".staysSilent…");
            }
        }
        assertThat(missing).as("rules without their tests").isEmpty();
    }
}
