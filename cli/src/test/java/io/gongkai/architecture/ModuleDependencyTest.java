package io.gongkai.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the module dependencies pointing downward (DESIGN.md): model at the bottom with only the JDK; catalog on
 * model; ingest on model and catalog; rules on model and catalog; author on model and catalog; render on model,
 * catalog (the published format's fixed wording, such as the self-evaluation labels) and rules (findings reports);
 * batch on model, ingest and rules; corpus (the planted-defect corpus and its
 * evaluation) on the libraries and batch, but on no entry point; store on model, ingest, rules and render;
 * entry points (cli, server, spark) on top, and nothing below depends on them. The cli runs the server as its own
 * process ({@code gongkai serve}), so neither depends on the other.
 */
@AnalyzeClasses(packages = "io.gongkai", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDependencyTest {

    @ArchTest
    static final ArchRule modelDependsOnlyOnTheJdk = noClasses().that().resideInAPackage("io.gongkai.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("io.gongkai.model..", "java..");

    @ArchTest
    static final ArchRule catalogDependsOnlyOnModel = noClasses().that().resideInAPackage("io.gongkai.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("io.gongkai.ingest..", "io.gongkai.render..",
                    "io.gongkai.cli..", "io.gongkai.rules..", "io.gongkai.store..", "io.gongkai.server..");

    @ArchTest
    static final ArchRule renderDependsOnlyOnModelCatalogAndRules = noClasses().that()
            .resideInAPackage("io.gongkai.render..").should().dependOnClassesThat(gongkaiOutside("io.gongkai.render..", "io.gongkai.model..",
                    "io.gongkai.catalog..", "io.gongkai.rules.."));

    /**
     * The publishable writers (HTML, PDF, XLSX, DOCX and their layout, charts, fonts) need the model and the
     * published format's wording from catalog only.
     */
    @ArchTest
    static final ArchRule reportWritersDependOnlyOnModelAndCatalog = noClasses().that()
            .resideInAnyPackage("io.gongkai.render.html..", "io.gongkai.render.pdf..", "io.gongkai.render.xlsx..",
                    "io.gongkai.render.docx..", "io.gongkai.render.layout..", "io.gongkai.render.chart..",
                    "io.gongkai.render.font..")
            .should().dependOnClassesThat().resideInAnyPackage("io.gongkai.rules..", "io.gongkai.ingest..");

    @ArchTest
    static final ArchRule rulesDependOnlyOnModelAndCatalog = noClasses().that()
            .resideInAPackage("io.gongkai.rules..").should().dependOnClassesThat(gongkaiOutside("io.gongkai.rules..", "io.gongkai.model..",
                    "io.gongkai.catalog.."));

    @ArchTest
    static final ArchRule authorDependsOnlyOnModelAndCatalog = noClasses().that()
            .resideInAPackage("io.gongkai.author..").should().dependOnClassesThat(gongkaiOutside("io.gongkai.author..",
                    "io.gongkai.model..", "io.gongkai.catalog.."));

    @ArchTest
    static final ArchRule nothingBelowDependsOnAuthor = noClasses().that()
            .resideInAnyPackage("io.gongkai.model..", "io.gongkai.catalog..", "io.gongkai.ingest..",
                    "io.gongkai.rules..", "io.gongkai.render..").should().dependOnClassesThat()
            .resideInAPackage("io.gongkai.author..");

    @ArchTest
    static final ArchRule ingestDoesNotDependOnWritersOrEntryPoints = noClasses().that()
            .resideInAPackage("io.gongkai.ingest..").should().dependOnClassesThat()
            .resideInAnyPackage("io.gongkai.render..", "io.gongkai.cli..", "io.gongkai.store..",
                    "io.gongkai.server..");

    @ArchTest
    static final ArchRule batchDependsOnlyOnModelIngestAndRules = noClasses().that()
            .resideInAPackage("io.gongkai.batch..").should().dependOnClassesThat(gongkaiOutside("io.gongkai.batch..",
                    "io.gongkai.model..", "io.gongkai.catalog..", "io.gongkai.ingest..", "io.gongkai.rules.."));

    @ArchTest
    static final ArchRule corpusDependsOnlyOnLibrariesAndBatch = noClasses().that()
            .resideInAPackage("io.gongkai.corpus..").should().dependOnClassesThat(gongkaiOutside("io.gongkai.corpus..",
                    "io.gongkai.model..", "io.gongkai.catalog..", "io.gongkai.ingest..", "io.gongkai.rules..",
                    "io.gongkai.author..", "io.gongkai.render..", "io.gongkai.batch.."));

    @ArchTest
    static final ArchRule nothingBelowDependsOnTheCorpus = noClasses().that()
            .resideOutsideOfPackages("io.gongkai.corpus..", "io.gongkai.cli..").should().dependOnClassesThat()
            .resideInAPackage("io.gongkai.corpus..");

    @ArchTest
    static final ArchRule nothingDependsOnTheSparkJob = noClasses().that()
            .resideOutsideOfPackage("io.gongkai.spark..").should().dependOnClassesThat()
            .resideInAPackage("io.gongkai.spark..");

    @ArchTest
    static final ArchRule nothingDependsOnTheCommandLine = noClasses().that()
            .resideOutsideOfPackage("io.gongkai.cli..").should().dependOnClassesThat()
            .resideInAPackage("io.gongkai.cli..");

    @ArchTest
    static final ArchRule storeDependsOnlyOnLibraryModules = noClasses().that()
            .resideInAPackage("io.gongkai.store..").should().dependOnClassesThat(gongkaiOutside("io.gongkai.store..",
                    "io.gongkai.model..", "io.gongkai.catalog..", "io.gongkai.ingest..", "io.gongkai.rules..",
                    "io.gongkai.render.."));

    @ArchTest
    static final ArchRule nothingDependsOnTheServer = noClasses().that()
            .resideOutsideOfPackage("io.gongkai.server..").should().dependOnClassesThat()
            .resideInAPackage("io.gongkai.server..");

    @ArchTest
    static final ArchRule theServerDoesNotUseTheCommandLine = noClasses().that()
            .resideInAPackage("io.gongkai.server..").should().dependOnClassesThat()
            .resideInAPackage("io.gongkai.cli..");

    @ArchTest
    static final ArchRule librariesDoNotDependOnTheStore = noClasses().that()
            .resideInAnyPackage("io.gongkai.model..", "io.gongkai.catalog..", "io.gongkai.ingest..",
                    "io.gongkai.rules..", "io.gongkai.render..").should().dependOnClassesThat()
            .resideInAPackage("io.gongkai.store..");

    /** Fails when the store's or the server's classes are missing from the analysis (an empty rule fails). */
    @ArchTest
    static final ArchRule storeAndServerClassesAreAnalysed = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .classes().that().resideInAnyPackage("io.gongkai.store..", "io.gongkai.server..")
            .should().resideInAPackage("io.gongkai..");

    @ArchTest
    static final ArchRule modulesAreFreeOfCycles = slices().matching("io.gongkai.(*)..").should().beFreeOfCycles();

    /** Classes of gongkai outside the given packages (third-party libraries and the JDK are not judged here). */
    private static DescribedPredicate<JavaClass> gongkaiOutside(String... allowed) {
        return resideInAPackage("io.gongkai..").and(resideOutsideOfPackages(allowed))
                .as("are gongkai classes outside " + String.join(", ", allowed));
    }
}
