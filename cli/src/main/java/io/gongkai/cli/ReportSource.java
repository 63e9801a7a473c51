package io.gongkai.cli;

import io.gongkai.author.BudgetDataException;
import io.gongkai.author.derive.ReportAuthor;
import io.gongkai.author.input.BudgetInputs;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import java.nio.file.Path;

/**
 * A kind of input that {@code gongkai render} turns into a report: a department's budget data (budget.json,
 * budget.xlsx from the template), derived into the complete report, or a published disclosure in any format the
 * readers know. {@link RenderCommand#SOURCES} lists them; the first that accepts a file loads it.
 */
interface ReportSource {

    /** Whether this source reads the file (judged by name or a quick look, never by loading it all). */
    boolean accepts(Path file);

    /** Reads the file into a report; unreadable input or invalid budget data raises a bilingual message. */
    Report load(Path file) throws UnreadableInputException, BudgetDataException;

    /** A department's budget data: validated, then every table, the narrative and the goal tables derived. */
    final class BudgetData implements ReportSource {
        @Override
        public boolean accepts(Path file) {
            return BudgetInputs.isBudgetData(file);
        }

        @Override
        public Report load(Path file) throws BudgetDataException {
            return new ReportAuthor().derive(BudgetInputs.read(file));
        }
    }

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
