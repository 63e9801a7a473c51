package io.gongkai.author;

import java.util.Optional;

/** Whether spending keeps the unit running (基本支出) or serves a project (项目支出). */
public enum ExpenditureNature {
    /** 基本支出: personnel and running costs. */
    BASIC("基本支出"),
    /** 项目支出: spending on a named project. */
    PROJECT("项目支出");

    private final String label;

    ExpenditureNature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The nature named by 基本/基本支出, 项目/项目支出 or the constant. */
    public static Optional<ExpenditureNature> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        for (ExpenditureNature n : values()) {
            if (n.label.equals(s) || n.name().equals(s) || n.label.substring(0, 2).equals(s)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
