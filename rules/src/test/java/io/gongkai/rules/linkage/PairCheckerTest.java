package io.gongkai.rules.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.Category;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Finding;
import io.gongkai.rules.RuleRegistry;
import io.gongkai.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairCheckerTest {

    @Test
    void theConsistentPairHasNoLinkageFinding() {
        assertThat(PairChecker.standard().check(Pairs.consistent())).isEmpty();
    }

    @Test
    void everyPlantedDisagreementIsFoundOnceUnderItsRule() {
        List<Finding> findings = PairChecker.standard().check(Pairs.planted());
        assertThat(findings).extracting(Finding::rule).containsExactly("LINK-001", "LINK-004", "LINK-002",
                "LINK-002", "LINK-003", "LINK-005");
        assertThat(findings).allSatisfy(f -> assertThat(f.category()).isEqualTo(Category.LINKAGE));
    }

    @Test
    void theConfigurationSuppressesAndReratesLinkageRules() {
        PairChecker checker = new PairChecker(RuleRegistry.pairRules(),
                new CheckConfig(Set.of("LINK-002"), Map.of("LINK-001", Severity.INFO)));
        List<Finding> findings = checker.check(Pairs.planted());
        assertThat(findings).extracting(Finding::rule).doesNotContain("LINK-002");
        assertThat(findings).filteredOn(f -> f.rule().equals("LINK-001")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.INFO);
    }
}
