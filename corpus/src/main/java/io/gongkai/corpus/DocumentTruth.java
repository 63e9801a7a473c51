package io.gongkai.corpus;

import java.util.List;

/**
 * What is true of one corpus document, written beside it as {@code <name>.truth.json}.
 *
 * @param document the document's file name
 * @param seed the seed its budget was generated from
 * @param defect the planted defect, or null for a clean document
 * @param artifacts the extraction artifacts imitated in its text ({@link ExtractionArtifacts.Kind} names)
 */
public record DocumentTruth(String document, long seed, PlantedDefect defect, List<String> artifacts) {

    public DocumentTruth {
        artifacts = List.copyOf(artifacts);
    }

    /** Whether a defect was planted. */
    public boolean defective() {
        return defect != null;
    }
}
