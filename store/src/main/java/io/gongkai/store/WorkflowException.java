package io.gongkai.store;

/** A workflow step that is not allowed now (wrong status, open ERROR findings, missing reason). */
public final class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkflowException(String chinese, String english) {
        super(chinese + " / " + english);
    }
}
