package io.gongkai.server.web;

/** A request the application refuses, with a bilingual message meant for the user (answered with 400). */
public final class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
