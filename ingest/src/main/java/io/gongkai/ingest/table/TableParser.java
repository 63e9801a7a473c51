package io.gongkai.ingest.table;

import io.gongkai.ingest.layout.TableBlock;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.IngestIssue;
import java.util.List;

/** Stage 3 for tables: turns the lines of one table into a typed table. Implementations are stateless. */
interface TableParser {

    /** Parses a table; problems are added to {@code issues}, never thrown. */
    DisclosureTable parse(TableBlock block, List<IngestIssue> issues);
}
