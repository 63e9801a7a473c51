package io.gongkai.catalog.classification;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a classification catalogue (科目): a code with its official name.
 *
 * @param code the digits, 3 for a 类, 5 for a 款, 7 for a 项
 * @param name the official name as the Ministry of Finance prints it
 * @param level the level, which always agrees with the code length
 * @param parentCode the code of the entry one level up, or {@code null} for a 类
 * @param year the catalogue year (the budget year the catalogue applies to)
 */
public record Classification(String code, String name, ClassificationLevel level, String parentCode,
        int year) {

    public Classification {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (ClassificationLevel.ofCode(code).orElse(null) != level) {
            throw new IllegalArgumentException("code " + code + " is not a " + level + " code");
        }
        boolean wantsParent = level != ClassificationLevel.CLASS;
        if (wantsParent != (parentCode != null)) {
            throw new IllegalArgumentException("code " + code + (wantsParent
                    ? " needs a parent code" : " is a 类 and has no parent code"));
        }
        if (parentCode != null && !code.startsWith(parentCode)) {
            throw new IllegalArgumentException("parent " + parentCode + " is not a prefix of " + code);
        }
    }

    /** The parent code, empty for a 类. */
    public Optional<String> parent() {
        return Optional.ofNullable(parentCode);
    }

    /** The 类 code this entry belongs to (its first three digits). */
    public String classCode() {
        return code.substring(0, ClassificationLevel.CLASS.codeLength());
    }
}
