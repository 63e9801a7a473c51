package io.gongkai.ingest.goals;

import java.util.List;
import java.util.Map;

/**
 * The closed vocabulary of an indicator table (绩效指标): the 一级 and 二级 labels fixed by the Ministry of Finance's
 * templates, the column headings, and the signature block that ends a table. Labels are matched over compact text, so
 * spaced or wrapped cells ({@code 可 持 续\n影 响 指\n标}) are found as well; a long label clipped by its cell by one
 * character ({@code 服务对象满意度指}) still counts and is reported in full.
 */
final class IndicatorVocabulary {

    /** What a label is. */
    enum Kind {
        /** 一级指标. */
        LEVEL1,
        /** 二级指标. */
        LEVEL2,
        /** 成本指标: 一级 since 2021 when 二级 cost labels follow it, otherwise a 二级 label under 产出指标. */
        COST,
        /** A column heading (一级指标, 指标值 …). */
        HEADING,
        /** The signature block (负责人, 填报日期 …): the table ends. */
        FOOTER
    }

    /**
     * A vocabulary entry.
     *
     * @param text the label in full
     * @param kind what it is
     * @param weak whether the words are also common as an indicator name (服务对象满意度), so they only count as a
     *             label where a label can stand
     */
    record Label(String text, Kind kind, boolean weak) {
    }

    /**
     * A label found in text.
     *
     * @param label the entry
     * @param end where the match ends in the text
     */
    record Match(Label label, int end) {
    }

    static final String OUTPUT = "产出指标";
    static final String BENEFIT = "效益指标";
    static final String SATISFACTION = "满意度指标";
    static final String COST_LABEL = "成本指标";
    /** Column headings that name a value column; their count tells how many halves a table has. */
    static final String VALUE_HEADING = "指标值";

    private static final int CLIP_MIN_LENGTH = 6;

    private static final List<Label> LABELS = List.of(
            new Label(OUTPUT, Kind.LEVEL1, false), new Label(BENEFIT, Kind.LEVEL1, false),
            new Label(SATISFACTION, Kind.LEVEL1, false), new Label(COST_LABEL, Kind.COST, false),
            new Label("数量指标", Kind.LEVEL2, false), new Label("质量指标", Kind.LEVEL2, false),
            new Label("时效指标", Kind.LEVEL2, false), new Label("经济效益指标", Kind.LEVEL2, false),
            new Label("社会效益指标", Kind.LEVEL2, false), new Label("生态效益指标", Kind.LEVEL2, false),
            new Label("可持续影响指标", Kind.LEVEL2, false), new Label("服务对象满意度指标", Kind.LEVEL2, false),
            new Label("服务对象满意度", Kind.LEVEL2, true), new Label("经济成本指标", Kind.LEVEL2, false),
            new Label("社会成本指标", Kind.LEVEL2, false), new Label("生态环境成本指标", Kind.LEVEL2, false),
            new Label("绩效指标", Kind.HEADING, false), new Label("一级指标", Kind.HEADING, false),
            new Label("二级指标", Kind.HEADING, false), new Label("三级指标", Kind.HEADING, false),
            new Label("年度指标值", Kind.HEADING, false), new Label("实施期指标值", Kind.HEADING, false),
            new Label(VALUE_HEADING, Kind.HEADING, false),
            new Label("负责人", Kind.FOOTER, false), new Label("单位负责人", Kind.FOOTER, false),
            new Label("经办人", Kind.FOOTER, false), new Label("联系电话", Kind.FOOTER, false),
            new Label("填报日期", Kind.FOOTER, false), new Label("填报人", Kind.FOOTER, false),
            new Label("审核人", Kind.FOOTER, false));

    /** The 一级 label each 二级 label belongs to, to fill in a 一级 label the extraction lost. */
    private static final Map<String, String> PARENT = Map.ofEntries(
            Map.entry("数量指标", OUTPUT), Map.entry("质量指标", OUTPUT), Map.entry("时效指标", OUTPUT),
            Map.entry(COST_LABEL, OUTPUT), Map.entry("经济效益指标", BENEFIT), Map.entry("社会效益指标", BENEFIT),
            Map.entry("生态效益指标", BENEFIT), Map.entry("可持续影响指标", BENEFIT),
            Map.entry("服务对象满意度指标", SATISFACTION), Map.entry("服务对象满意度", SATISFACTION),
            Map.entry("经济成本指标", COST_LABEL), Map.entry("社会成本指标", COST_LABEL),
            Map.entry("生态环境成本指标", COST_LABEL));

    private static final List<String> CLASSIFIERS = LABELS.stream().filter(IndicatorVocabulary::isClassifier)
            .map(Label::text).toList();
    private static final String LABEL_CHARACTERS = String.join("", CLASSIFIERS);
    private static final String FIRST_CHARACTERS = LABELS.stream().map(l -> l.text().substring(0, 1))
            .distinct().reduce("", String::concat);

    private IndicatorVocabulary() {
    }

    /**
     * The longest label starting at {@code start} in compact text, or null. A label of at least six characters
     * also matches when only its last character is missing (clipped by a narrow cell).
     */
    static Match match(CharSequence text, int start, int end) {
        if (start >= end || FIRST_CHARACTERS.indexOf(text.charAt(start)) < 0) {
            return null;
        }
        Match best = null;
        for (Label label : LABELS) {
            String t = label.text();
            int common = commonPrefix(text, start, end, t);
            boolean exact = common == t.length();
            boolean clipped = !exact && t.length() >= CLIP_MIN_LENGTH && common == t.length() - 1
                    && label.kind() == Kind.LEVEL2;
            if ((exact || clipped) && (best == null || common > best.end() - start)) {
                best = new Match(label, start + common);
            }
        }
        return best;
    }

    /** The label when the whole compact text is one (exact or clipped), or null. */
    static Label whole(String compact) {
        Match m = match(compact, 0, compact.length());
        return m != null && m.end() == compact.length() ? m.label() : null;
    }

    /** Whether every character could belong to some 一级 or 二级 label, as in a wrapped label fragment. */
    static boolean isLabelCharacters(String compact) {
        if (compact.isEmpty()) {
            return false;
        }
        for (int i = 0; i < compact.length(); i++) {
            if (LABEL_CHARACTERS.indexOf(compact.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The 一级 and 二级 labels in full. */
    static List<String> classifierLabels() {
        return CLASSIFIERS;
    }

    /** The 一级 label a 二级 label belongs to, or null when unknown. */
    static String parentOf(String level2) {
        return PARENT.get(level2);
    }

    /** The label as a comparison key: 服务对象满意度 and 服务对象满意度指标 are the same column. */
    static String key(String label) {
        return label.endsWith("指标") ? label.substring(0, label.length() - 2) : label;
    }

    private static boolean isClassifier(Label label) {
        return label.kind() == Kind.LEVEL1 || label.kind() == Kind.LEVEL2 || label.kind() == Kind.COST;
    }

    private static int commonPrefix(CharSequence text, int start, int end, String label) {
        int n = 0;
        while (n < label.length() && start + n < end && text.charAt(start + n) == label.charAt(n)) {
            n++;
        }
        return n;
    }
}
