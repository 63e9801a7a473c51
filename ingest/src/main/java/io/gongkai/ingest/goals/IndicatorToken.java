package io.gongkai.ingest.goals;

import io.gongkai.model.SourceRef;

/** What the indicator tokenizer finds: labels, indicators (name and value), and row ends of tabbed text. */
sealed interface IndicatorToken {

    /**
     * A 一级/二级 label or a column heading.
     *
     * @param label the vocabulary entry (in full even when printed clipped)
     */
    record Label(IndicatorVocabulary.Label label) implements IndicatorToken {
    }

    /**
     * A 三级 indicator: a name and its value, either possibly null.
     *
     * @param name the indicator's name, without whitespace
     * @param value the value as printed, without whitespace
     * @param source where the indicator was read
     */
    record Item(String name, String value, SourceRef source) implements IndicatorToken {
    }

    /** The end of a table row, known only where cells are tab-separated. */
    record RowEnd() implements IndicatorToken {
    }
}
