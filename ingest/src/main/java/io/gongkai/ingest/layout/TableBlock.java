package io.gongkai.ingest.layout;

import io.gongkai.ingest.text.SourceLine;
import io.gongkai.model.TableType;
import java.util.List;

/**
 * The lines of one standard table, from its title to the line before the next part of the document.
 *
 * @param type the standard table the title names
 * @param title the title line
 * @param lines the lines after the title, header included
 */
public record TableBlock(TableType type, SourceLine title, List<SourceLine> lines) {

    public TableBlock {
        lines = List.copyOf(lines);
    }
}
