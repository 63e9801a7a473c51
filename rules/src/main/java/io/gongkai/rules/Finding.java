package io.gongkai.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One defect or remark, immutable.
 *
 * @param rule the rule's stable id
 * @param severity how serious
 * @param category the rule's family
 * @param message in Chinese: what is wrong and where
 * @param tables canonical numbers of the tables involved; empty for narrative-only findings
 * @param location where
 * @param expected the value the identity requires, or null
 * @param actual the value published, or null
 * @param difference actual − expected when both are numbers, else null
 * @param basis the identity or regulation
 * @param evidence the values used, with provenance
 */
public record Finding(String rule, Severity severity, Category category, String message, List<Integer> tables,
                      Location location, String expected, String actual, BigDecimal difference, String basis,
                      List<Evidence> evidence) {

    public Finding {
        tables = List.copyOf(tables);
        evidence = List.copyOf(evidence);
        location = location == null ? Location.DOCUMENT : location;
    }

    /**
     * Whether a value this finding rests on was recognised by OCR from a scanned page, so that the figure itself may
     * be misread; writers show it next to the finding.
     */
    public boolean dependsOnOcr() {
        return evidence.stream().anyMatch(e -> e.source().ocr());
    }

    /** The same finding with another severity (user configuration). */
    public Finding withSeverity(Severity other) {
        return new Finding(rule, other, category, message, tables, location, expected, actual, difference, basis,
                evidence);
    }
}
