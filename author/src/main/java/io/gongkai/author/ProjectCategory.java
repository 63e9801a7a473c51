package io.gongkai.author;

import java.util.Optional;

/** The category of a project (项目类别) used when the narrative counts projects with performance goals. */
public enum ProjectCategory {
    /** 其他运转类项目: recurring running costs funded as projects. */
    OTHER_OPERATING("其他运转类"),
    /** 特定目标类项目: projects for a specific policy goal. */
    SPECIFIC_TARGET("特定目标类");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The category named by its label (with or without 项目) or the constant. */
    public static Optional<ProjectCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace("项目", "");
        for (ProjectCategory c : values()) {
            if (c.label.equals(s) || c.name().equals(text.strip())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
