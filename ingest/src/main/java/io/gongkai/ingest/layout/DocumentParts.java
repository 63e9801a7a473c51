package io.gongkai.ingest.layout;

import io.gongkai.ingest.text.SourceLine;
import java.util.List;

/**
 * A disclosure cut into its parts, each a run of repaired lines.
 *
 * @param overview 第一部分 概况
 * @param tables the standard tables in document order
 * @param narrative 第三部分 情况说明, without the performance-goal tables a layout puts inside it
 * @param goals the attached 项目支出绩效目标表, wherever they stand
 * @param glossary 第四部分 名词解释
 * @param selfEvaluations the attached 项目支出绩效自评表 of final accounts, one run of lines per table, heading first
 */
public record DocumentParts(List<SourceLine> overview, List<TableBlock> tables, List<SourceLine> narrative,
                            List<SourceLine> goals, List<SourceLine> glossary,
                            List<List<SourceLine>> selfEvaluations) {

    /** The parts of a document without self-evaluation tables (budgets). */
    public DocumentParts(List<SourceLine> overview, List<TableBlock> tables, List<SourceLine> narrative,
                         List<SourceLine> goals, List<SourceLine> glossary) {
        this(overview, tables, narrative, goals, glossary, List.of());
    }

    public DocumentParts {
        overview = List.copyOf(overview);
        tables = List.copyOf(tables);
        narrative = List.copyOf(narrative);
        goals = List.copyOf(goals);
        glossary = List.copyOf(glossary);
        selfEvaluations = selfEvaluations.stream().map(List::copyOf).toList();
    }
}
