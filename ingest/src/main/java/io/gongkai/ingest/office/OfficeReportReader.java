package io.gongkai.ingest.office;

import io.gongkai.ingest.QuietLibraries;
import io.gongkai.ingest.ReportReader;
import io.gongkai.ingest.TextReportReader;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.TextLoader;
import io.gongkai.model.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Office readers share: the document is opened with POI and turned into lines, a damaged, incomplete or
 * encrypted file is refused with the same bilingual message naming the format, the lines are repaired as any text
 * export's, and the text stages read them. Thread-safe.
 */
public abstract sealed class OfficeReportReader implements ReportReader
        permits WordReportReader, WorkbookReportReader {

    static {
        QuietLibraries.apply();
    }

    private final TextReportReader text;
    private final String format;

    /** A reader of the format named in its refusals ("Word", "Excel") that hands its lines to text. */
    OfficeReportReader(String format, TextReportReader text) {
        this.format = format;
        this.text = text;
    }

    @Override
    public final Report read(String fileName, byte[] bytes) throws UnreadableInputException {
        return text.read(fileName, lines(fileName, bytes));
    }

    /** The repaired lines of the document in order. */
    public final List<SourceLine> lines(String fileName, byte[] bytes) throws UnreadableInputException {
        List<SourceLine> lines = new ArrayList<>();
        try {
            addLines(fileName, bytes, lines);
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.damaged(format, fileName, e);
        }
        return TextLoader.repair(lines);
    }

    /** Opens the document and adds its non-blank lines in order, numbering them from lines.size() + 1. */
    abstract void addLines(String fileName, byte[] bytes, List<SourceLine> lines) throws IOException;
}
