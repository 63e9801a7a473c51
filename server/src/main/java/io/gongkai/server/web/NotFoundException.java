package io.gongkai.server.web;

/** Something asked for does not exist (answered with 404 and a bilingual message). */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException report() {
        return new NotFoundException("没有这份报告 / no such report");
    }
}
