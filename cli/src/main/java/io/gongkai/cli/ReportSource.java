package io.gongkai.cli;

import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import java.nio.file.Path;

/**
 * A kind of input that {@code gongkai render} turns into a report: a published disclosure today, a department's
 * budget data (budget.json, budget.xlsx) once authoring exists. {@link RenderCommand#SOURCES} lists them; the
 * first that accepts a file loads it.
 */
interface ReportSource {

    /** Whether this source reads the file (judged by name or a quick look, never by loading it all). */
    boolean accepts(Path file);

    /** Reads the file into a report; unreadable input raises a bilingual one-line message. */
    Report load(Path file) throws UnreadableInputException;

    /** A published disclosure in any format the readers know: rendered again in the standard layout. */
    final class Disclosure implements ReportSource {
        @Override
        public boolean accepts(Path file) {
            return true;
        }

        @Override
        public Report load(Path file) throws UnreadableInputException {
            return io.gongkai.ingest.Reports.read(file);
        }
    }
}
