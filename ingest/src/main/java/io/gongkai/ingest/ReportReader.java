package io.gongkai.ingest;

import io.gongkai.model.Report;

/** Reads one disclosure document into a report. Implementations are stateless and safe to share. */
public interface ReportReader {

    /**
     * Reads a document. Messy content never throws: what cannot be read becomes an ingest issue in the report.
     *
     * @param fileName the file's name, for provenance
     * @param bytes the file's content
     * @throws UnreadableInputException when the input is not a readable disclosure at all
     */
    Report read(String fileName, byte[] bytes) throws UnreadableInputException;
}
