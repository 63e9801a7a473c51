package io.gongkai.store;

/** An import the user may not make (an editor uploading another unit's report). Nothing is stored. */
public final class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportRefusedException(String chinese, String english) {
        super(chinese + " / " + english);
    }
}
