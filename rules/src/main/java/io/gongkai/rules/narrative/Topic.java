package io.gongkai.rules.narrative;

import java.util.Map;

/**
 * What a section of the 情况说明 is about. Templates number and word their sections differently, so a section is
 * known by the words of its title ({@link Topics}), and only by its ordinal when it has no title.
 */
enum Topic {
    /** 收支总体 / 收支变动: 收入总计, 支出总计 and their change. */
    OVERVIEW,
    /** 收入预算: income by source. */
    INCOME,
    /** 支出预算: basic and project expenditure. */
    EXPENDITURE,
    /** 财政拨款收支: fiscal funds (table 4). */
    FISCAL,
    /** 一般公共预算(当年拨款)支出: table 5. */
    GPB,
    /** 一般公共预算基本支出: 人员经费 and 公用经费 (table 6). */
    BASIC,
    /** 政府性基金预算. */
    FUND,
    /** 国有资本经营预算. */
    SOE,
    /** “三公”经费 (table 10). */
    THREE_PUBLIC,
    /** 机关运行经费 (table 11). */
    OPERATING,
    /** 政府采购. */
    PROCUREMENT,
    /** 绩效管理 / 绩效目标. */
    PERFORMANCE,
    /** 国有资产占有使用. */
    ASSETS,
    /** 其他说明, or a title not recognised. */
    OTHER;

    private static final Map<String, Topic> STANDARD_ORDER = Map.ofEntries(
            Map.entry("一", OVERVIEW), Map.entry("二", INCOME), Map.entry("三", EXPENDITURE),
            Map.entry("四", FISCAL), Map.entry("五", GPB), Map.entry("六", BASIC), Map.entry("七", THREE_PUBLIC),
            Map.entry("八", OPERATING), Map.entry("九", PROCUREMENT), Map.entry("十", PERFORMANCE),
            Map.entry("十一", ASSETS), Map.entry("十二", OTHER));

    /** Whether the section's money amounts are figures of the standard tables. */
    boolean aboutTables() {
        return switch (this) {
            case OVERVIEW, INCOME, EXPENDITURE, FISCAL, GPB, BASIC, FUND, SOE, THREE_PUBLIC, OPERATING -> true;
            default -> false;
        };
    }

    /** The topic of a title, by its words; null when no word is recognised. */
    static Topic ofTitle(String title) {
        String t = Subjects.norm(title);
        if (t.isEmpty()) {
            return null;
        }
        if (t.contains("三公")) {
            return THREE_PUBLIC;
        }
        if (t.contains("机关运行")) {
            return OPERATING;
        }
        if (t.contains("采购")) {
            return PROCUREMENT;
        }
        if (t.contains("绩效")) {
            return PERFORMANCE;
        }
        if (t.contains("资产")) {
            return ASSETS;
        }
        if (t.contains("基本支出")) {
            return BASIC;
        }
        if (t.contains("一般公共预算")) {
            return GPB;
        }
        if (t.contains("财政拨款")) {
            return FISCAL;
        }
        if (t.contains("政府性基金")) {
            return FUND;
        }
        if (t.contains("国有资本经营")) {
            return SOE;
        }
        if (t.contains("收支") || t.contains("收入") && t.contains("支出")) {
            return OVERVIEW;
        }
        if (t.contains("收入")) {
            return INCOME;
        }
        if (t.contains("支出")) {
            return EXPENDITURE;
        }
        return null;
    }

    /** The topic of the standard (Shanxi) numbering, for a fact whose section has no title. */
    static Topic ofNumber(String number) {
        return STANDARD_ORDER.getOrDefault(number, OTHER);
    }
}
