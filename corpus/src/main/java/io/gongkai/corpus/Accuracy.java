package io.gongkai.corpus;

import java.util.List;

/**
 * The accuracy of the rules on a corpus with known defects.
 *
 * <p>Recall of a defect type: the share of documents planted with it in which an ERROR or WARNING finding
 * locates the defect (same table, or same narrative section or goal table). Precision of a defect type: the share
 * of the ERROR and WARNING findings on those documents that the defect explains (it locates them, or their rule
 * fires on the planted model too). Clean documents have no defect, so each of their findings is a false positive;
 * they count against the overall precision. Per rule, precision is the share of its findings that a planted defect
 * explains, and recall is the share of the defective documents on whose planted model it fires where it fires on
 * the document too (the loss of rendering, artifacts and reading).
 *
 * @param documents documents evaluated
 * @param unreadable documents that could not be read (each also counted as a miss of its defect, if any)
 * @param cleanDocuments documents without a planted defect
 * @param cleanWithFindings clean documents with at least one ERROR or WARNING finding
 * @param falsePositives findings no planted defect explains, clean documents included
 * @param findings all ERROR and WARNING findings
 * @param byType one line per defect type
 * @param byRule one line per rule that fired or was expected to
 * @param misses the defective documents where no finding located the defect
 */
public record Accuracy(int documents, int unreadable, int cleanDocuments, int cleanWithFindings, int falsePositives,
                       int findings, List<TypeLine> byType, List<RuleLine> byRule, List<Miss> misses) {

    public Accuracy {
        byType = List.copyOf(byType);
        byRule = List.copyOf(byRule);
        misses = List.copyOf(misses);
    }

    /** Overall precision: explained findings over all findings. */
    public Double precision() {
        return ratio(findings - falsePositives, findings);
    }

    /**
     * One defect type.
     *
     * @param type the defect type
     * @param planted documents planted with it
     * @param detected of those, documents where a finding locates it
     * @param findings ERROR and WARNING findings on those documents
     * @param explained of those, findings the defect explains
     */
    public record TypeLine(DefectType type, int planted, int detected, int findings, int explained) {

        public Double recall() {
            return ratio(detected, planted);
        }

        public Double precision() {
            return ratio(explained, findings);
        }
    }

    /**
     * One rule.
     *
     * @param rule the rule id
     * @param findings its ERROR and WARNING findings in the corpus
     * @param explained of those, findings a planted defect explains
     * @param expected defective documents on whose planted model it fires
     * @param fired of those, documents where it fires
     */
    public record RuleLine(String rule, int findings, int explained, int expected, int fired) {

        public Double recall() {
            return ratio(fired, expected);
        }

        public Double precision() {
            return ratio(explained, findings);
        }
    }

    /**
     * A planted defect that no finding located.
     *
     * @param document the document
     * @param defect the defect
     * @param firedRules the rules with ERROR or WARNING findings on the document
     */
    public record Miss(String document, PlantedDefect defect, List<String> firedRules) {

        public Miss {
            firedRules = List.copyOf(firedRules);
        }
    }

    /** A ratio, or null when nothing was counted. */
    static Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
