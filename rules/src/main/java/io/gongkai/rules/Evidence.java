package io.gongkai.rules;

import io.gongkai.model.SourceRef;

/**
 * A value a finding rests on, with where it was read.
 *
 * @param what what the value is (表3「合计」合计)
 * @param value the value as published
 * @param source provenance: file, line, raw text
 */
public record Evidence(String what, String value, SourceRef source) {

    public Evidence {
        source = source == null ? SourceRef.NONE : source;
    }
}
