package io.gongkai.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.Checker;
import io.gongkai.rules.RuleRegistry;
import io.gongkai.rules.mutation.MutationSummary;
import io.gongkai.rules.mutation.Perturbation;
import io.gongkai.rules.mutation.RecallDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md shows the registered catalogue: fails when its catalogue part differs from what the
 * {@code @RuleDoc} annotations give. Run with {@code -Dgongkai.docs.write=true} it first rewrites both parts, the
 * recall part by running the mutation harness on the five test documents ({@link RuleCatalogueMarkdown#REGENERATE}).
 * The file is found through the system property {@code gongkai.projectDir} (surefire sets it to
 * {@code ${maven.multiModuleProjectDirectory}}), else by walking up from the working directory.
 */
class RulesDocIsCurrentTest {

    private static final String WRITE = "gongkai.docs.write";

    @Test
    void docsRulesMdShowsTheRegisteredCatalogue() throws IOException {
        Path file = projectDirectory().resolve("docs/rules.md");
        String catalogue = RuleCatalogueMarkdown.catalogueOf(RuleRegistry.docs());
        if (Boolean.getBoolean(WRITE)) {
            write(file, catalogue);
        }
        assertThat(file).as("docs/rules.md is missing; generate it with:%n  %s", RuleCatalogueMarkdown.REGENERATE)
                .exists();
        String published = RuleCatalogueMarkdown.part(Files.readString(file, StandardCharsets.UTF_8),
                RuleCatalogueMarkdown.CATALOGUE_BEGIN, RuleCatalogueMarkdown.CATALOGUE_END);
        assertThat(published).as("docs/rules.md has lost its catalogue markers; regenerate it with:%n  %s",
                RuleCatalogueMarkdown.REGENERATE).isNotNull();
        assertThat(published).as("docs/rules.md is stale: its rule catalogue differs from the registered rules "
                + "(RuleRegistry.docs()). Regenerate it with:%n  %s%n", RuleCatalogueMarkdown.REGENERATE)
                .isEqualTo(catalogue);
    }

    private static void write(Path file, String catalogue) throws IOException {
        Map<Perturbation, MutationSummary> summaries = new LinkedHashMap<>();
        for (Perturbation p : Perturbation.values()) {
            summaries.put(p, RecallDocuments.measure(Checker.standard(), p));
        }
        String recall = RuleCatalogueMarkdown.recall(summaries);
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        String updated = text == null ? null : RuleCatalogueMarkdown.splice(text, RuleCatalogueMarkdown.CATALOGUE_BEGIN,
                RuleCatalogueMarkdown.CATALOGUE_END, catalogue);
        updated = updated == null ? null : RuleCatalogueMarkdown.splice(updated, RuleCatalogueMarkdown.RECALL_BEGIN,
                RuleCatalogueMarkdown.RECALL_END, recall);
        if (updated == null) {
            updated = RuleCatalogueMarkdown.document(catalogue, recall);
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
        System.out.println("wrote " + file.toAbsolutePath().normalize());
    }

    /** The multi-module root: the property surefire sets, else the nearest directory above with rules/pom.xml. */
    static Path projectDirectory() {
        String configured = System.getProperty("gongkai.projectDir");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured, "rules"))) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("rules/pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project directory (no rules/pom.xml above "
                    + Path.of("").toAbsolutePath() + "); set -Dgongkai.projectDir");
        }
        return dir;
    }
}
