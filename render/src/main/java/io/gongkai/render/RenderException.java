package io.gongkai.render;

/**
 * A report could not be rendered for a reason the user can fix (a missing font, for instance). The message is
 * one line, in Chinese and English.
 */
public class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
