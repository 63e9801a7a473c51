package io.gongkai.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The full example is the size the issue asks for ("a realistic county department, about 60 line items, 8
 * projects"): the counts below were taken from examples/county-agriculture-2024.json by hand, not from this code.
 * Its rendering in all four formats is PublishedFormatRoundTripTest's "author" sample in module render.
 */
class BudgetExamplesTest {

    @Test
    void countyAgricultureHasSixtyThreeLineItemsAndEightFundedProjects() {
        BudgetData example = BudgetExamples.countyAgriculture();
        assertThat(example.lineItems()).hasSize(63);
        assertThat(example.projects()).hasSize(8);
        Set<String> funded = example.lineItems().stream().map(LineItem::project)
                .filter(p -> p != null).collect(Collectors.toSet());
        assertThat(funded).containsAll(example.projects().stream().map(ProjectPlan::name).toList());
    }
}
