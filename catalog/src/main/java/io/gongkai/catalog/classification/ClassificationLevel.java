package io.gongkai.catalog.classification;

import java.util.Optional;

/** The level of a classification code, which follows from its length. */
public enum ClassificationLevel {
    /** 类: 3 digits, for example 201 一般公共服务支出. */
    CLASS("类", 3),
    /** 款: 5 digits, for example 20113 商贸事务. */
    SECTION("款", 5),
    /** 项: 7 digits, for example 2011301 行政运行 (functional classification only). */
    ITEM("项", 7);

    private final String label;
    private final int codeLength;

    ClassificationLevel(String label, int codeLength) {
        this.label = label;
        this.codeLength = codeLength;
    }

    /** The Chinese name of the level. */
    public String label() {
        return label;
    }

    /** The number of digits of a code at this level. */
    public int codeLength() {
        return codeLength;
    }

    /** The level one up, or empty for a 类. */
    public Optional<ClassificationLevel> parent() {
        return this == CLASS ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The level of a code of digits, or empty when its length is not 3, 5 or 7 or it is not all digits. */
    public static Optional<ClassificationLevel> ofCode(String code) {
        if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        for (ClassificationLevel level : values()) {
            if (level.codeLength == code.length()) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
