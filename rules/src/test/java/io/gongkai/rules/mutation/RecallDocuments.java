package io.gongkai.rules.mutation;

import io.gongkai.ingest.finalaccounts.FinalAccountsAssembler;
import io.gongkai.model.Report;
import io.gongkai.rules.Checker;
import io.gongkai.rules.testing.TestReports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The documents the catalogue's recall is measured on: seeds 000, 001, 003 (final accounts), 004 and fixtures A and B. */
public final class RecallDocuments {

    private RecallDocuments() {
    }

    /** The documents by short name, in the order the recall table shows them. */
    public static Map<String, Report> all() {
        Map<String, Report> documents = new LinkedHashMap<>();
        documents.put("000", TestReports.seed000());
        documents.put("001", TestReports.seed001());
        documents.put("003", TestReports.seed003());
        documents.put("004", TestReports.seed004());
        documents.put("A", TestReports.fixtureA());
        documents.put("B", TestReports.fixtureB());
        return documents;
    }

    /**
     * Runs the harness with the given checker over every document, the statements of final accounts re-read from
     * each mutant's narrative as the text reader reads them.
     */
    public static MutationSummary measure(Checker checker, Perturbation perturbation) {
        MutationHarness harness = new MutationHarness(checker, perturbation, FinalAccountsAssembler::restate);
        List<MutationRun> runs = all().entrySet().stream()
                .map(e -> harness.run(e.getKey(), e.getValue())).toList();
        return MutationSummary.of(runs);
    }
}
