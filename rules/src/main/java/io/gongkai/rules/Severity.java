package io.gongkai.rules;

/** How serious a finding is. */
public enum Severity {
    /** A published figure contradicts another figure or an identity. */
    ERROR("错误"),
    /** A probable defect or a breach of the disclosure rules. */
    WARNING("警告"),
    /** A remark, including published rounding differences (尾数误差). */
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }
}
