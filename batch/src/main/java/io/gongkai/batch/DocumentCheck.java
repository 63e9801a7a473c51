package io.gongkai.batch;

import io.gongkai.rules.CheckResult;

/**
 * One document read and checked by {@link DocumentAuditor#check}: the check result, or why the document could not
 * be read or checked (exactly one of the two is set).
 *
 * @param result the report and its findings, or null when the document failed
 * @param error the bilingual reason the document failed, or null
 */
public record DocumentCheck(CheckResult result, String error) {

    public DocumentCheck {
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("a document check has either a result or an error");
        }
    }

    static DocumentCheck failure(String error) {
        return new DocumentCheck(null, error);
    }

    /** Whether the document could not be read or checked. */
    public boolean failed() {
        return error != null;
    }
}
