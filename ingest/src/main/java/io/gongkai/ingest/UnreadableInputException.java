package io.gongkai.ingest;

/**
 * The input cannot be read as a disclosure at all: missing, empty, binary, undecodable or of an unsupported
 * format. The message is one line in Chinese and English, fit to show a user as it is.
 */
public class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableInputException(String chinese, String english) {
        super(chinese + " / " + english);
    }

    public UnreadableInputException(String chinese, String english, Throwable cause) {
        super(chinese + " / " + english, cause);
    }
}
