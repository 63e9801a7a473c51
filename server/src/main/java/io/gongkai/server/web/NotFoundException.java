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

    /** A report with no budget or final accounts of the same unit and year stored to check it against. */
    public static NotFoundException linkage() {
        return new NotFoundException("没有同一单位同一年度的预算或决算可与本报告衔接核对 / no budget or final accounts of"
                + " the same unit and year is stored to check this report against");
    }
}
