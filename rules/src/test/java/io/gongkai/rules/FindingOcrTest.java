package io.gongkai.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.model.PageBox;
import io.gongkai.model.SourceRef;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding resting on a value read by OCR says so; one resting on a text layer does not. */
class FindingOcrTest {

    private static Finding resting(SourceRef... sources) {
        List<Evidence> evidence = java.util.Arrays.stream(sources).map(s -> new Evidence("表1「合计」", "847.18", s))
                .toList();
        return new Finding("ARITH-001", Severity.ERROR, Category.ARITHMETIC, "合计不等于各项之和", List.of(1),
                Location.table(1), "847.18", "847.81", new BigDecimal("0.63"), "合计 = Σ各项", evidence);
    }

    @Test
    void findingOnAnOcrValueIsMarked() {
        SourceRef scanned = new SourceRef("scan.pdf", 3, 12, "合计 847.81", new PageBox(40, 100, 300, 12), true);
        SourceRef text = new SourceRef("scan.pdf", 2, 5, "合计 847.18");
        assertTrue(resting(text, scanned).dependsOnOcr());
        assertTrue(scanned.location().endsWith("（OCR）"), scanned.location());
    }

    @Test
    void findingOnTextLayerValuesIsNotMarked() {
        SourceRef text = new SourceRef("a.pdf", 2, 5, "合计 847.18");
        assertFalse(resting(text).dependsOnOcr());
        assertFalse(text.location().contains("OCR"));
        assertFalse(resting().dependsOnOcr());
    }
}
