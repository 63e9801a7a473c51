package io.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.SourceRef;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip of the performance-goal tables (budget seeds 000, 001, 004 and the author module's example) and of
 * the project self-evaluations (final accounts seed 003): each sample rendered to PDF, XLSX, DOCX and HTML by
 * Gongkai's writers and read back by Gongkai's readers has the same goals and self-evaluations, field by field
 * (every text, fund split, indicator and figure; provenance aside), as the report that was rendered: the text
 * reader's model of the seed, or the authored report. Every difference is listed, not only the first. HTML, which
 * has no reader, is read as the text of the page through the text reader.
 */
class GoalAndSelfEvaluationRoundTripTest {

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("io.gongkai.render.PublishedFormatRoundTripTest#samplesAndFormats")
    void readsBackTheSameGoalsAndSelfEvaluations(String sample, RenderFormat format) throws Exception {
        Report original = PublishedFormatRoundTripTest.sample(sample);
        Report read = PublishedFormatRoundTripTest.renderAndReadBack(sample, original, format);

        List<String> found = new ArrayList<>();
        compare("goal", describeAll(original.performanceGoals()), describeAll(read.performanceGoals()), found);
        compare("self-evaluation", describeAll(original.selfEvaluations()), describeAll(read.selfEvaluations()),
                found);
        assertThat(original.performanceGoals().size() + original.selfEvaluations().size())
                .as("%s has goals or self-evaluations to compare", sample).isPositive();
        assertThat(found).as("%s rendered as %s and read back", sample, format).isEmpty();
    }

    private static void compare(String what, List<String> expected, List<String> actual, List<String> found) {
        if (expected.size() != actual.size()) {
            found.add(expected.size() + " " + what + "s read as " + actual.size());
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                found.add(what + " " + i + ":\n  " + expected.get(i) + "\n  read as\n  " + actual.get(i));
            }
        }
    }

    private static List<String> describeAll(List<?> records) {
        return records.stream().map(GoalAndSelfEvaluationRoundTripTest::describe).toList();
    }

    /**
     * A value as text: a record by its components (provenance left out), a list by its elements, a figure without
     * trailing zeros.
     */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(GoalAndSelfEvaluationRoundTripTest::describe).toList().toString();
        }
        if (value instanceof Record record) {
            StringBuilder b = new StringBuilder("{");
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getType() == SourceRef.class) {
                    continue;
                }
                try {
                    b.append(component.getName()).append('=')
                            .append(describe(component.getAccessor().invoke(record))).append(' ');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return b.append('}').toString();
        }
        return value.toString();
    }

}
